"""Detection rules over the parse: does a trigger tell an incident of its type?

`sitreps.pipeline`'s mention builder asks them of each trigger. By the types they decide:
`orders` (DIRECTIVE, CRACKDOWN), `custody` (ARREST, PUNISHMENT, SEARCH, SMUGGLING), `moves` (DEFECTION,
DESERTION, OTHER and wire-report wording), `searches` (SEARCH and sweep predicates), `penalties` (penalties in law,
executions, fatalities), `habits` (habits and generic practice), `occasion` (the meeting or visit that dates the
leadership's orders), `shared` (tests and words several of those use) and `context` (the rest of what the mention
builder asks of a trigger's context, and `dropped_detection`, the dispatch to the others). They were
one block of `pipeline.py` until the sixth session; a new rule goes into the module of the type it decides.
"""
