import attribution


def test_empty_text_gives_empty_result():
    res = attribution.analyze("")
    assert res.quotes == [] and res.hedges == []
