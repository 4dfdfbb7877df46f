"""The ontology, shapes and named queries ship inside the wheel and work from it."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from tests.conftest import ROOT


def test_wheel_ships_ontology_and_queries_and_they_work(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path / "dist"), str(ROOT)], check=True, capture_output=True)
    wheel = next((tmp_path / "dist").glob("kg-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    for required in ("kg/ontology/negotiation.ttl", "kg/ontology/issues.ttl", "kg/ontology/shapes.ttl",
                     "kg/queries/stances.rq", "kg/queries/provenance.rq"):
        assert required in names
    unpacked = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(unpacked)
    code = ("import kg, kg.queries, kg.shapes; "
            f"assert kg.__file__.startswith({str(unpacked)!r}), kg.__file__; "
            "print(len(kg.queries.list_queries()), len(kg.shapes.ontology_graph()) > 100)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=tmp_path, env={"PYTHONPATH": str(unpacked), "PATH": "/usr/bin:/bin"})
    count, ok = out.stdout.split()
    assert int(count) >= 10 and ok == "True"
