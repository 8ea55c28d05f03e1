"""English temporal expressions (sentences written for these tests)."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.timex import tag

WED = date(2025, 2, 12)


def one(text: str, expr: str, anchor: date | None = WED):
    got = [t for t in tag(text, anchor, "en") if t.text == expr]
    assert len(got) == 1, [(t.text, t.value) for t in tag(text, anchor, "en")]
    return got[0]


@pytest.mark.parametrize(
    "text, expr, value",
    [
        ("The minister will speak on Wednesday.", "Wednesday", "2025-02-12"),
        ("Talks collapsed last Tuesday.", "last Tuesday", "2025-02-11"),
        ("The summit opens next Monday.", "next Monday", "2025-02-17"),
        ("The deal was signed on 12 February 2025.", "12 February 2025", "2025-02-12"),
        ("The deal was signed on February 12, 2025.", "February 12, 2025", "2025-02-12"),
        ("Elections are due in March.", "March", "2025-03"),
        ("The bridge collapsed three years ago.", "three years ago", "2022"),
        ("Police arrested two men yesterday.", "yesterday", "2025-02-11"),
        ("Parliament votes this week.", "this week", "2025-W07"),
        ("The company grew in 2014.", "2014", "2014"),
    ],
)
def test_english_values(text, expr, value):
    assert one(text, expr).value == value


@pytest.mark.parametrize(
    "text, expr, span",
    [
        ("Thousands protested over the weekend.", "weekend", (date(2025, 2, 8), date(2025, 2, 9))),
        ("At the weekend, police arrested two men.", "weekend", (date(2025, 2, 8), date(2025, 2, 9))),
        ("The fair opens this weekend.", "this weekend", (date(2025, 2, 15), date(2025, 2, 16))),
        ("Last weekend the club won the cup.", "Last weekend", (date(2025, 2, 8), date(2025, 2, 9))),
        ("The plant will close by the end of the year.", "the end of the year", (date(2025, 9, 1), date(2025, 12, 31))),
        ("The permit expires at the end of the month.", "the end of the month", (date(2025, 2, 15), date(2025, 2, 28))),
    ],
)
def test_the_weekend_and_the_end_of_the_year_are_dates(text, expr, span):
    t = one(text, expr)
    # within the span, ending with it ("the end of the month": its last third)
    assert t.first is not None and span[0] <= t.first and t.last == span[1], (t.first, t.last)


@pytest.mark.parametrize("text", ["The weekend trains are cancelled.", "It was a long weekend for the crews."])
def test_a_weekend_that_is_no_particular_one_is_no_date(text):
    assert [t for t in tag(text, WED, "en") if "weekend" in t.text] == []


@pytest.mark.parametrize(("text", "value"), [("In July the company grew by ten percent.", "2024-07"),
                                           ("In October fighting broke out near the border.", "2024-10")])
def test_an_irregular_verb_in_the_past_puts_a_month_before_the_article(text, value):
    assert [t.value for t in tag(text, WED, "en")] == [value]


@pytest.mark.parametrize("text", ["The mayor said the repairs start on February 17.",
                                  "The repairs start on February 17, the mayor said."])
def test_a_verb_of_saying_gives_no_tense_to_a_date_in_what_was_said(text):
    assert [t.value for t in tag(text, WED, "en")] == ["2025-02-17"]
    assert [t.value for t in tag("The mayor said the repairs started on January 17.", WED, "en")] == ["2025-01-17"]
    assert [t.value for t in tag("The mayor said in an interview on Monday that she was tired.", WED, "en")] == \
        ["2025-02-10"]


@pytest.mark.parametrize(("text", "span"), [
    ("The city festival runs from June 1 to August 31, 2025.", (date(2025, 6, 1), date(2025, 8, 31))),
    ("The show runs from Dec. 20 through Jan. 6.", (date(2024, 12, 20), date(2025, 1, 6))),
    ("The road will be closed between March 3 and March 5.", (date(2025, 3, 3), date(2025, 3, 5))),
])
def test_a_span_from_one_day_to_another_is_one_expression(text, span):
    got = [t for t in tag(text, WED, "en") if t.type == "DATE"]
    assert len(got) == 1 and (got[0].first, got[0].last) == span, [(t.text, t.value) for t in got]


def test_mid_march_is_the_middle_third():
    t = one("A decision is expected by mid-March.", "mid-March")
    assert (t.first, t.last, t.mod) == (date(2025, 3, 11), date(2025, 3, 20), "MID")


def test_from_friday_starts_a_range():
    t = one("The ban applies from Friday.", "Friday")
    assert t.mod == "ON_OR_AFTER" and t.value == "2025-02-14"


@pytest.mark.parametrize(
    "text, value",
    [
        ("The president will call on Monday.", "2025-02-17"),
        ("The president is scheduled to call on Monday.", "2025-02-17"),
        ("The president called on Monday.", "2025-02-10"),
        ("The president had spoken to him on Monday.", "2025-02-10"),
    ],
)
def test_english_tense_direction(text, value):
    assert one(text, "Monday").value == value


@pytest.mark.parametrize(
    "text", ["The fund holds 2014 dollars.", "About 2000 people marched.", "Turnout was 20%."]
)
def test_english_numbers_that_are_not_dates(text):
    assert [t for t in tag(text, WED, "en") if t.type in ("DATE", "TIME")] == []


def test_english_time_and_set_and_duration():
    text = "The market opens every Monday at 9:30 a.m. and trading lasts 24 hours."
    got = {t.text: (t.type, t.value) for t in tag(text, WED, "en")}
    assert got["every Monday"] == ("SET", "XXXX-WXX-1")
    assert got["9:30 a.m."][0] == "TIME" and got["9:30 a.m."][1].endswith("T09:30")
    assert got["24 hours"] == ("DURATION", "PT24H")


def test_english_without_anchor():
    t = one("Police arrested two men yesterday.", "yesterday", None)
    assert t.first is None and t.value.startswith("XXXX")


def test_timeline_entries_take_the_year_of_the_list():
    text = ("Here is how the dispute unfolded.\n\nJan. 9, 2024: The union files its claim.\n\n"
            "Feb. 2: The company rejects it.\n\nMarch 15: Talks collapse.")
    got = {t.text: t.value for t in tag(text, date(2024, 10, 1), "en")}
    assert got["Feb. 2"] == "2024-02-02"
    assert got["March 15"] == "2024-03-15"


def test_weekday_with_date_takes_the_year_where_they_agree():
    # 20 July is a Monday in 2026, not in 2025: "had been scheduled" must not pull it back a year
    got = {t.text: t.value for t in tag("The hearing had been scheduled to resume on Monday, July 20.", date(2026, 7, 16), "en")}
    assert got["Monday, July 20"] == "2026-07-20"


def test_a_warning_for_a_weekday_looks_ahead():
    got = {t.text: t.value for t in tag("A flood warning has been issued for Saturday.", date(2025, 3, 13), "en")}
    assert got["Saturday"] == "2025-03-15"


def test_a_clause_after_while_has_its_own_tense():
    # "while he was ..." does not make the hearing ahead a past one
    text = "The former mayor faces a hearing on October 29 after admitting the charges while he was in office."
    got = {t.text: t.value for t in tag(text, date(2025, 10, 4), "en")}
    assert got["October 29"] == "2025-10-29"


def test_a_timeline_entry_keeps_the_list_year_even_weeks_ahead():
    text = "How the case unfolded.\n\nMarch 2, 2024: The club files its appeal.\n\nEarly April: The board hears it."
    got = {t.text: t.value for t in tag(text, date(2025, 3, 10), "en")}
    assert got["Early April"] == "2024-04"


def test_a_deadline_and_what_could_happen_look_ahead():
    assert one("Residents must leave the valley by Friday, the council said.", "Friday").value == "2025-02-14"
    # "said" is the past, "could" the future of what it says: the coming March
    assert one("The mayor said a meeting could take place by the end of March.", "the end of March").first.year == 2025


def test_overnight_is_the_night_before_the_report():
    assert one("The river burst its banks overnight, the police said.", "overnight").value == "2025-02-12"


def test_a_number_with_a_full_stop_ends_an_english_sentence():
    # the next sentence's "next" must not make April 3 the coming one
    got = {t.text: t.value for t in tag("The port reopened on April 3. The next day, crews cleaned up.",
                                         date(2025, 4, 30), "en")}
    assert got["April 3"] == "2025-04-03"


@pytest.mark.parametrize("text", ["A man thought to be in his 40s was arrested.", "She is in her early twenties."])
def test_an_age_is_no_decade(text):
    assert [t.text for t in tag(text, WED, "en")] == []


@pytest.mark.parametrize("text, value", [
    ("The carmaker said on Monday it could not deliver the cars.", "2025-02-10"),
    ("He could not attend the meeting on Monday because he was ill.", "2025-02-10"),
])
def test_could_not_is_the_past(text, value):
    assert one(text, "Monday").value == value


def test_an_overnight_shift_is_no_date():
    assert [t.text for t in tag("The factory ran overnight shifts for years.", WED, "en")] == []


def test_the_tense_of_a_that_clause_is_not_the_reporting_verbs():
    # "announced Tuesday" happened; "that it will cut jobs" is what lies ahead
    anchor = date(2025, 3, 12)
    got = {t.text: t.value for t in tag("The mill announced Tuesday that it will cut 500 jobs.", anchor, "en")}
    assert got["Tuesday"] == "2025-03-11"
    got = {t.text: t.value for t in tag("The mill said that it will close on Tuesday.", anchor, "en")}
    assert got["Tuesday"] == "2025-03-18"


def test_a_clock_time_with_a_dot_does_not_end_the_sentence():
    got = {t.text: t.value for t in tag("The fire started around 3 a.m. Sunday in a barn.", date(2025, 3, 12), "en")}
    assert got["Sunday"] == "2025-03-09"  # the past tense of "started" reaches past "a.m."


def test_a_future_word_used_as_a_noun_does_not_make_the_past_future():
    anchor = date(2025, 3, 5)  # a Wednesday
    got = {t.text: t.value for t in tag("The council approved the plan on Monday.", anchor, "en")}
    assert got["Monday"] == "2025-03-03"
    got = {t.text: t.value for t in tag("The council plans to vote on Monday.", anchor, "en")}
    assert got["Monday"] == "2025-03-10"


def test_plan_as_a_noun_in_a_compound_does_not_look_ahead():
    got = {t.text: t.value for t in tag("The council approved the harbour plan on Monday.", date(2025, 3, 5), "en")}
    assert got["Monday"] == "2025-03-03"


def test_a_weekday_right_after_a_past_verb_is_that_verbs_day():
    got = {t.text: t.value for t in tag("The company said Tuesday it expects sales to rise.", date(2025, 3, 5), "en")}
    assert got["Tuesday"] == "2025-03-04"


def test_a_participle_that_looks_ahead_is_no_past_verb_before_the_day():
    anchor = date(2025, 3, 5)  # a Wednesday
    got = {t.text: t.value for t in tag("A second storm is expected on Sunday, forecasters said.", anchor, "en")}
    assert got["Sunday"] == "2025-03-09"
    got = {t.text: t.value for t in tag("The hearing is scheduled on Friday.", anchor, "en")}
    assert got["Friday"] == "2025-03-07"


def test_but_opens_a_clause_of_its_own_tense():
    anchor = date(2025, 3, 5)  # a Wednesday
    text = "The union leader said drivers would go back to work on Friday but were ready to walk out again."
    got = {t.text: t.value for t in tag(text, anchor, "en")}
    assert got["Friday"] == "2025-03-07"


@pytest.mark.parametrize(
    "text, expr, value",
    [
        # the end of a span in a clause that is not past: ahead
        ("The photo show runs through Sept. 14 at the town hall.", "Sept. 14", "2025-09-14"),
        ("The pool stays closed until Aug. 30.", "Aug. 30", "2025-08-30"),
        # the same preposition with a past verb: behind
        ("Crews had cleared the road by Monday evening.", "Monday evening", "2025-06-02TEV"),
        ("Volunteers stayed until Tuesday.", "Tuesday", "2025-06-03"),
        # a purpose is ahead whatever the tense
        ("The agency issued a warning for Saturday.", "Saturday", "2025-06-07"),
    ],
)
def test_a_deadline_preposition_aims_ahead_unless_the_verb_is_past(text, expr, value):
    assert one(text, expr, date(2025, 6, 5)).value == value  # a Thursday


def test_a_deadline_of_an_infinitive_is_ahead_whatever_the_tense_of_the_order():
    text = "Villagers have been ordered to leave the valley by Saturday because of the flood."
    assert one(text, "Saturday", date(2025, 6, 5)).value == "2025-06-07"


def test_a_year_since_which_something_lasts_is_no_year_for_the_sentences_month():
    got = {t.text: t.value for t in tag("The caretaker, who has looked after the hall since 1994, left in November.",
                                         date(2025, 2, 12), "en")}
    assert got["November"] == "2024-11"


def test_to_before_a_noun_is_no_infinitive_that_aims_a_deadline_ahead():
    text = "Linesmen restored power to most farms by Thursday evening, the company said."
    assert one(text, "Thursday evening", date(2025, 3, 14)).value == "2025-03-13TEV"


@pytest.mark.parametrize(
    "text, anchor, value",
    [
        ("Heavy rain flooded the underpass on 3/12, the county said.", date(2025, 3, 14), "2025-03-12"),
        ("Heavy rain flooded the underpass on 3/12, the county said.", date(2025, 12, 5), "2025-12-03"),
        ("The ferry resumes service on 4/20.", date(2025, 4, 16), "2025-04-20"),
    ],
)
def test_a_slash_day_after_on_is_the_reading_nearest_the_article(text, anchor, value):
    t = one(text, text.split("on ")[-1].split(",")[0].rstrip("."), anchor)
    assert t.value == value


def test_a_slash_pair_without_on_is_no_date():
    assert not [t for t in tag("The council voted 3/12 against the plan.", date(2025, 3, 14), "en") if "/" in t.text]


def test_an_english_weekday_night_and_tonight_are_that_days_evening():
    t = one("The board voted on Tuesday night to close the depot.", "Tuesday night", date(2025, 2, 12))
    assert (t.value, t.first, t.last) == ("2025-02-11TNI", date(2025, 2, 11), date(2025, 2, 11))
    t = one("The mayor will speak tonight at the library.", "tonight", date(2025, 2, 12))
    assert (t.first, t.last) == (date(2025, 2, 12), date(2025, 2, 12))


@pytest.mark.parametrize(
    "text",
    ["Forecasters said temperatures would climb into the 50s by Friday.",
     "Highs will reach the upper 40s on Sunday.",
     "Temperatures stayed in the 30s all week."],
)
def test_a_two_digit_decade_of_a_reading_is_no_decade(text):
    assert not [t for t in tag(text, date(2025, 3, 14), "en") if "0s" in t.text]


def test_a_decade_stays_a_decade():
    assert one("The mill closed in the 1950s.", "the 1950s").value == "195"
    assert one("The band was famous in the 80s.", "the 80s").value == "198"


def test_a_hyphenated_season_after_a_is_a_kind_not_a_date():
    assert not tag("A late-winter storm closed the pass.", date(2025, 3, 14), "en")
    assert one("The pass closed in late winter.", "late winter", date(2025, 3, 14)).value.endswith("WI")


def test_a_participle_clause_takes_no_tense_from_its_main_clause():
    text = "The mayor won a second term on Tuesday, setting up a fight with the council over the budget in November."
    assert one(text, "November", date(2024, 5, 22)).value == "2024-11"
    assert one("The mill closed in November, leaving dozens of workers without jobs.", "November",
               date(2024, 5, 22)).value == "2023-11"


@pytest.mark.parametrize(
    "text, expr, value",
    [
        ("The county fair will be held on Friday.", "Friday", "2025-04-25"),
        ("The results will be announced on Monday.", "Monday", "2025-04-28"),
        ("The results were announced on Monday.", "Monday", "2025-04-21"),
    ],
)
def test_a_participle_after_be_is_no_past_verb_before_the_day(text, expr, value):
    assert one(text, expr, date(2025, 4, 23)).value == value  # a Wednesday


def test_the_year_of_a_relative_clause_is_no_year_for_a_coming_date_of_the_main_clause():
    text = "The man, who allegedly set fire to a barn in October 2024, goes on trial on Sept. 15 in Dunmore."
    assert one(text, "Sept. 15", date(2025, 6, 2)).value == "2025-09-15"


def test_a_relative_year_is_the_year_of_the_sentences_other_dates():
    assert one("Next year's race will be held on April 20.", "April 20", date(2025, 4, 22)).value == "2026-04-20"
    assert one("Last year, the fair opened on Oct. 3.", "Oct. 3", date(2025, 4, 22)).value == "2024-10-03"


def test_a_slash_name_is_no_day():
    assert not [t for t in tag("The memorial honours those killed on 9/11.", date(2025, 3, 14), "en") if "/" in t.text]


def test_a_weekday_of_a_named_week_is_that_weeks_day():
    assert one("The town was told on Monday of last week.", "Monday of last week", date(2025, 3, 5)).value == "2025-02-24"
    assert one("The fair opens Friday next week.", "Friday next week", date(2025, 3, 5)).value == "2025-03-14"


def test_a_modal_right_before_the_day_looks_ahead_whatever_a_relative_clause_says():
    text = "The drought that has gripped the valley since last Friday will peak on Thursday, forecasters said."
    assert one(text, "Thursday", date(2024, 7, 16)).value == "2024-07-18"


def test_where_something_is_put_off_to_is_ahead_whatever_the_tense():
    text = "The ferry company has pushed back the start of its new route to the spring, it said on Wednesday."
    assert one(text, "spring", date(2025, 2, 6)).value == "2025-SP"


def test_a_clock_time_between_a_deadline_preposition_and_its_day_keeps_the_deadline():
    text = "Residents were told to leave their homes by 6 p.m. Thursday."
    assert one(text, "Thursday", date(2025, 3, 26)).value == "2025-03-27"


@pytest.mark.parametrize(
    "text, expr, first, last",
    [
        ("The report will be published at the end of the month.", "the end of the month", date(2025, 3, 21),
         date(2025, 3, 31)),
        ("The plant will close at the beginning of next year.", "the beginning of next year", date(2026, 1, 1),
         date(2026, 4, 30)),
        ("Talks ended at the end of last week.", "the end of last week", date(2025, 3, 21), date(2025, 3, 23)),
    ],
)
def test_a_part_of_a_named_week_month_or_year(text, expr, first, last):
    t = one(text, expr, date(2025, 3, 26))
    assert (t.first, t.last) == (first, last)
