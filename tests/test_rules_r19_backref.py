"""Round 19: back-references (rule 3) named by their wording: an earlier case of the story's kind, a noun phrase
for what the story followed, and the date of what set the story off."""

from __future__ import annotations

from tests.rule_helpers import extract, find


def test_last_such_case_is_recalled_even_for_a_boat_told_before() -> None:
    found = extract(
        "The navy escorted a North Korean fishing boat back across the sea border on Tuesday after it drifted "
        "south overnight, officials said.\n"
        "Such crossings are rare along the eastern coast.\n"
        "The last such case occurred on Aug. 14, when a North Korean boat crossed the border after its engine "
        "failed.",
        "2021-10-20",
    )
    assert find(found, "OTHER", "The last such case occurred").is_back_reference


def test_following_last_months_escape_is_recalled() -> None:
    found = extract(
        "North Korea has tightened guard rotations along the Tumen River, sources said on Monday.\n"
        "On March 9 the authorities issued new orders to border units following last month's escape by a soldier "
        "across the river, a source in North Hamgyong Province said.",
        "2022-03-21",
    )
    assert find(found, "DEFECTION", "escape by a soldier").is_back_reference


def test_the_following_warning_is_not_a_recall() -> None:
    found = extract(
        "Residents in Hyesan were warned against smuggling at neighbourhood meetings on May 3, a source said.\n"
        "Citizens were given the following warning against smuggling on May 3: anyone caught will be sent to a "
        "labour camp.",
        "2022-05-10",
    )
    assert not any(m.is_back_reference for m in found if m.type == "DIRECTIVE")


def test_what_set_the_undated_story_off_is_recalled() -> None:
    found = extract(
        "SEOUL, Aug. 2 (Yonhap) -- North Korea has tightened its controls on the western coast to stop defections "
        "by sea, an aid group claimed Tuesday.\n"
        "The new measures came after eleven North Koreans crossed the western sea border in two small boats in "
        "July, the group said.",
        "2022-08-02",
    )
    assert find(found, "DEFECTION", "eleven North Koreans crossed").is_back_reference
