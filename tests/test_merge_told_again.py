"""Within-report merge: one incident told again in other words is one event (the same day and province, a known act
dated), and another act told beside it ("also", "at the same time") is not."""

from __future__ import annotations

from sitreps.model import Document, Mention
from sitreps.pipeline import process


def events(text: str, published: str = "2022-09-20") -> list[Mention]:
    return process(Document(text=text, url="https://example.org/test/same-day", published=published))


def of_type(mentions: list[Mention], etype: str) -> list[Mention]:
    return [m for m in mentions if m.type == etype and m.modality != "generic"]


def test_lead_and_quote_of_one_arrest_on_one_day_are_one_event() -> None:
    text = (
        "A trade official in Manpo, Chagang Province, was arrested on Sept. 14 for smuggling copper, a source "
        "said.\n"
        "“A man in his fifties who runs the branch office was taken away by state security agents in Manpo on "
        "Sept. 14,” the source said."
    )
    arrests = of_type(events(text), "ARREST")
    assert len(arrests) == 1
    assert len(arrests[0].statements) == 2
    assert arrests[0].date.value == "2022-09-14"


def test_groups_that_add_up_to_the_count_told_are_one_arrest() -> None:
    text = (
        "Seven people were arrested in Hyesan, Ryanggang Province, on Sept. 13, a source said.\n"
        "“On Sept. 13 the agents arrested five smugglers and two border guards in Hyesan,” the source said."
    )
    arrests = of_type(events(text), "ARREST")
    assert len(arrests) == 1


def test_counts_that_do_not_add_up_stay_two_arrests() -> None:
    text = (
        "Seven people were arrested in Hyesan, Ryanggang Province, on Sept. 13, a source said.\n"
        "“On Sept. 13 the agents arrested four smugglers and two border guards in Hyesan,” the source said."
    )
    assert len(of_type(events(text), "ARREST")) == 2


def test_arrests_on_one_day_in_two_provinces_stay_two() -> None:
    text = (
        "A trader was arrested in Hyesan, Ryanggang Province, on Sept. 14, a source said.\n"
        "A smuggler was arrested in Sinuiju, North Pyongan Province, on Sept. 14, another source said."
    )
    assert len(of_type(events(text), "ARREST")) == 2


def test_sentences_of_one_trial_for_other_people_stay_apart() -> None:
    text = (
        "A court in Hoeryong, North Hamgyong Province, sentenced a smuggler to death on June 4, a source said.\n"
        "At the same trial on June 4, two border guards were each sentenced to 15 years in a labor camp in "
        "Hoeryong, the source said."
    )
    assert len(of_type(events(text), "PUNISHMENT")) == 2


def test_known_attack_dated_by_a_verb_of_occurrence_joins_it() -> None:
    text = (
        "A North Korean army deserter is believed to have killed three villagers near Helong in China's Jilin "
        "province, Chinese media said on Tuesday.\n"
        "The attack took place on Saturday in a village near Helong, the report said."
    )
    killings = of_type(events(text, "2015-09-08"), "VIOLENCE")
    assert len(killings) == 1
    assert killings[0].date.value == "2015-09-05"


def test_another_measure_told_with_also_stays_apart() -> None:
    text = (
        "State security agents in Hoeryong, North Hamgyong Province, have stepped up inspections of homes along "
        "the Tumen River since early March, a source said.\n"
        "Security posts have also been set up at the entrances to the riverside villages, the source said."
    )
    crackdowns = of_type(events(text, "2023-03-20"), "CRACKDOWN")
    assert len(crackdowns) == 2


def test_one_taken_at_the_same_time_is_another_arrest() -> None:
    text = (
        "Chinese police detained nine North Korean refugees in an apartment in Yanji on Nov. 17, a source said.\n"
        "The broker who had guided them was arrested at the same time, the source added."
    )
    arrests = of_type(events(text, "2015-11-25"), "ARREST")
    assert len(arrests) == 2


def test_an_unattributed_order_told_by_other_words_is_another_order() -> None:
    text = (
        "“The order came down from the Central Committee on April 18, and the special period runs until the "
        "congress,” a source in North Hamgyong Province said.\n"
        "Families of defectors in Hoeryong have been told not to use the phone or receive visitors, the source "
        "said."
    )
    assert len(of_type(events(text, "2016-04-25"), "DIRECTIVE")) == 2


def test_an_unattributed_order_told_by_the_same_word_is_the_order_told() -> None:
    text = (
        "The provincial party committee ordered border units in Musan to double their night patrols, a source "
        "in North Hamgyong Province said.\n"
        "Units along the river were ordered to double the patrols, the source said."
    )
    assert len(of_type(events(text, "2016-04-25"), "DIRECTIVE")) == 1


def test_the_order_handed_down_is_the_order_told_before_and_dates_it() -> None:
    text = (
        "Kim Jong Un ordered border guard units in Ryanggang Province to shoot anyone crossing the Yalu River "
        "without permission, a source told Daily NK on Tuesday.\n"
        "The order was handed down to every company on March 3, the source said."
    )
    (order,) = of_type(events(text, "2024-03-12"), "DIRECTIVE")
    assert len(order.statements) == 2
    assert order.date is not None and order.date.value == "2024-03-03"


def test_an_order_named_as_known_does_not_join_one_told_only_after_it() -> None:
    text = (
        "“The order came down from the Central Committee on May 2, and the special period runs until the end of "
        "the month,” a source in North Hamgyong Province said.\n"
        "“Informants have been assigned to watch those families, and the families have been told not to use the "
        "phone or receive any visitors,” the source said."
    )
    orders = of_type(events(text, "2024-05-20"), "DIRECTIVE")
    assert len(orders) == 2, [m.evidence.text for m in orders]
