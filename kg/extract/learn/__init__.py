"""The learned component of extraction: linear models over the rule pipeline's features.

- :mod:`~kg.extract.learn.features`: per stance item, where the evidence for each
  candidate issue lies (clause, sentence, previous sentence, headline, article) and the
  cue classes of the statement (negation, condition, modal, speech verb, quotation).
- :mod:`~kg.extract.learn.model`: the shipped JSON model (numpy at run time, no pickle)
  and how it re-ranks issues and sets each item's confidence.
- :mod:`~kg.extract.learn.dataset`: rule candidates aligned with curated sheets.
- :mod:`~kg.extract.learn.train`: fitting (scikit-learn, a dev dependency) and the
  deterministic retraining command (also ``kg train``).
- :mod:`~kg.extract.learn.uncued`: features of statements without a stance cue word and
  the decider that asks the model about them while the sheet is assembled;
  :mod:`~kg.extract.learn.uncued_train` fits that decision on candidates.
- :mod:`~kg.extract.learn.lexical`: text models (words of the stance's clause and
  sentence, negation scope marked) whose probabilities can be features of the value and
  issue models; :mod:`~kg.extract.learn.stack` fits them out of fold (compared, not shipped).
- :mod:`~kg.extract.learn.crossval`: leave-one-set-out and nested cross-validation with
  ``kg eval``'s scorer, and the calibration of the confidence.
"""
