"""The language rules as data: word lists and patterns, simplified and traditional together.

Private to the package. Each module holds the data of one concern (``labels``: the metric rule
table; ``cues``: what a figure means; ``numerals``: numerals in running text; ``t2s``: the
traditional -> simplified map; ``time``: time expressions …). These modules import nothing from
``analysis`` but one another; the logic modules import their data from here.
"""
