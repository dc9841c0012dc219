"""Custody, punishment, searches and smuggling (ARREST, PUNISHMENT, SEARCH, SMUGGLING) that tell no incident:
feared or threatened custody, charges and practices, domestic and foreign procedures.
"""

from __future__ import annotations

import re
from typing import Any

from sitreps import nlp
from sitreps.extract.events import FINDING_VERBS, Trigger
from sitreps.extract.modality import PRESENT_TAGS, is_infinitive
from sitreps.extract.rules.shared import FORCED, FOREIGN_RETURNERS, INQUIRY, sea_return_story


def sent_back(head: Any) -> bool:
    """ "was returned", "returned them", "forcibly returned", "the people that Beijing returned": someone sent back."""
    for c in head.children:
        if c.dep_ in ("auxpass", "dobj") or (c.dep_ == "advmod" and c.lower_ == "forcibly"):
            return True
        if head.dep_ == "relcl" and c.dep_ == "nsubj" and c.lower_ not in ("who", "that", "which"):
            return True
    return False


# what someone is keen or unable to do is an aim, not an act ("officials are eager to arrest residents")
EAGERNESS = {"eager", "keen", "desperate", "determined", "anxious", "ready", "willing", "reluctant", "unwilling",
             "unable", "hesitant", "impatient", "quick"}  # fmt: skip
# what is feared or rumoured to come: "sparking fears that they could face execution if repatriated"
FEAR_NOUNS = {"fear", "concern", "worry", "anxiety", "alarm", "dread"}
# what someone is made to believe will happen: "tried to convince residents that the group would be caught"
PERSUADING = {"convince", "persuade", "assure", "reassure", "warn", "threaten", "promise", "vow", "boast", "remind"}
WILL_WOULD = {"will", "would", "'ll", "could", "might", "may"}


def _aim_or_prospect(trig: Trigger, head: Any) -> bool:
    """An arrest, a crackdown or a punishment that is only aimed at, feared or promised: "security officials are
    eager to arrest residents", "fearing dismissal or demotion", "sparking fears that they could face execution",
    "tried to convince residents that the group would be caught and punished"."""
    if trig.type not in ("ARREST", "PUNISHMENT", "CRACKDOWN"):
        return False
    if head.dep_ == "xcomp" and head.head.pos_ == "ADJ" and head.head.lemma_.lower() in EAGERNESS:
        return is_infinitive(head)
    first = head
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "fearing dismissal or demotion": the second noun of what is feared
    if first.i != head.i and _feared_outcome(first):
        return True
    if trig.type == "CRACKDOWN":
        return False
    tok = first
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ in ("acl", "ccomp") and any(c.dep_ == "aux" and c.lower_ in WILL_WOULD for c in tok.children):
            holder = tok.head
            if holder.pos_ == "NOUN" and holder.lemma_.lower() in FEAR_NOUNS:
                return True  # "fears that they could face persecution and even execution"
            if holder.pos_ == "NOUN" and holder.dep_ in ("dobj", "dative"):
                holder = holder.head  # "convince residents that ...", the clause hung on the person persuaded
            persuaded = holder.pos_ == "VERB" and holder.lemma_.lower() in PERSUADING
            return persuaded and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children)
        tok = tok.head
    return False


VESSELS = {"boat", "ship", "vessel", "trawler", "craft", "sailboat", "motorboat", "raft"}


def _seoul_rescuer(agent: str) -> bool:
    """ "South Korea rescued him", "our navy": South Korea takes the people it rescues into its custody (rule 6)."""
    return "south korea" in agent or "seoul" in agent.split() or "our" in agent.split()


def _condition_of_risk(head: Any) -> bool:
    """The condition of a risk ("at risk of being sent to camps if they are caught", "run the risk of jail if they
    are caught crossing"): what would bring about what people risk, no incident."""
    if head.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in head.children):
        return False
    gov = head.head
    if _feared_outcome(gov):
        return True
    holders = [c for c in gov.children if c.dep_ in ("dobj", "attr")]
    holders += [g for c in gov.children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    return any(h.lemma_.lower() in FEARED_HOLDERS for h in holders)


# verbs whose passive subject is forbidden, not done: "private smuggling has been banned"
BAN_VERBS = {"ban", "prohibit", "forbid", "outlaw", "bar", "criminalize", "criminalise"}
# prepositions under a noun that name what something is about: "a quarrel over smuggling money"
ABOUT_PREPS = {"over", "about", "regarding", "concerning"}
# penalties named with their offence ("the punishment for smuggling"): the offence in general, no run told
PENALTY_NOUNS = {"punishment", "penalty", "sanction", "fine", "reprisal"}
# the sanctions whose grounds are charges, not incidents (rule 5)
SANCTION_TYPES_OF_CHARGE = {"PUNISHMENT"}


def smuggling_not_told(head: Any, sentence_triggers: list[Trigger]) -> bool:
    """A smuggling trigger that tells no run of goods of its own: custody ("taken away for using phones"), a
    warning against it, a topic ("a quarrel over smuggling money"), a ban, or the offence behind a sentence
    found out by a catch or an inspection (rule 5: "sentenced after he was caught selling fuel to smugglers",
    "shot after an inspection found they had taken bribes to let goods through")."""
    if head.lemma_.lower() == "take" and any(c.lower_ == "away" and c.dep_ in ("advmod", "prt") for c in head.children):
        return True
    if head.lemma_.lower() in PLAIN_CARRYING and not SMUGGLING_CUE.search(nlp.span_text(head.sent)):
        return True  # "families are sending food to hungry soldiers": goods carried at home, nothing illicit told
    if head.lemma_.lower() in TRADE_VERBS and not ILLICIT_CUE.search(nlp.span_text(head.sent)):
        return True  # "exported coal to China, customs data show": trade, nothing illicit told
    if head.lemma_.lower() == "run" and head.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in head.children):
        return True  # "ran toward the post across the border": a person running, no goods run
    if _counterfactual(head) or _run_in_mind(head) or _known_ring_described(head) or _run_not_done(head):
        return True
    prep = head.head if head.dep_ in ("pcomp", "pobj") else None
    if prep is not None and (prep.lower_ == "against" or (prep.lower_ in ABOUT_PREPS and prep.head.pos_ == "NOUN")):
        return True
    if prep is not None and prep.lower_ == "for" and _penalty_named(prep.head):
        return True  # "fear of punishment for smuggling out goods", "the penalty for smuggling": the offence named
    if head.dep_ == "nsubjpass" and head.head.lemma_.lower() in BAN_VERBS | HALT_VERBS:
        return True  # "private smuggling has been banned", "smuggling between the two sides was cut off"
    if _not_a_run_of_goods(head) or _smuggling_held_back(head):
        return True
    sanctions = {i for t in sentence_triggers if t.type in SANCTION_TYPES_OF_CHARGE for i in range(t.start, t.end)}
    if not sanctions:
        return False
    tok = head
    for _ in range(5):  # up to the clause that tells the act: "had taken bribes to let ...", "caught selling"
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("xcomp", "advcl", "acl", "conj"):
            break
        if tok.head.i == tok.i:
            return False
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "catch":
            return _under_sanction(tok.head, sanctions)  # "was caught selling fuel", inside "sentenced after ..."
        tok = tok.head
    found = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in FINDING_VERBS
    return found and (_under_sanction(tok.head, sanctions) or any(c.dep_ == "conj" and c.i in sanctions
                                                                for c in tok.children))  # fmt: skip


def _penalty_named(noun: Any) -> bool:
    """The word a "for smuggling" phrase hangs on names a penalty, itself or through its "of" phrase ("the
    penalty for", "fear of punishment ... for", the parser hanging "for" on "fear")."""
    if noun.lemma_.lower() in PENALTY_NOUNS:
        return True
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.lemma_.lower() in PENALTY_NOUNS for o in c.children)
        for c in noun.children
    )


# verbs whose passive subject was stopped, not done: "smuggling between the two countries was cut off"
HALT_VERBS = {"cut", "halt", "suspend", "stop", "block", "end", "freeze", "restrict", "curb", "shut"}
# verbs that hold smuggling back as their object: "the state restricts such smuggling", "to curb smuggling"
HOLDING_BACK = {"prevent", "stop", "block", "curb", "combat", "deter", "eradicate", "eliminate", "suppress", "tackle",
                "discourage", "ban", "prohibit", "forbid", "restrict", "curtail", "limit", "control", "regulate",
                "halt", "suspend", "outlaw"}  # fmt: skip
# verbs whose "to" names what a border is shut to: "the border was closed to smuggling"
CLOSING = {"close", "shut", "seal", "closed"}
# verbs of a crackdown whose "on" names a kind of people: "crack down on guards who take bribes to help smuggling"
CRACKING = {"crack", "clamp", "crackdown"}
REFLEXIVES = {"himself", "herself", "themselves", "myself", "ourselves", "yourself"}
# money sent home or across is a remittance, not a run of goods: "transferring money to families in Hyesan"
MONEY = {"money", "funds", "fund", "cash", "remittance", "remittances", "yuan", "dollars", "won", "savings", "wages",
         "payment", "payments", "sum", "sums"}  # fmt: skip
# people sold or bought by traffickers: trafficking in persons, no run of goods
PERSONS = {"woman", "women", "girl", "girls", "bride", "brides", "wife", "wives", "daughter", "daughters", "she", "her",
           "he", "him", "man", "men", "person", "people", "defector", "defectors", "refugee", "refugees", "herself",
           "himself", "child", "children", "mother", "sister"}  # fmt: skip
SELLING = {"sell", "buy", "purchase", "traffic", "trade"}
LIVING = re.compile(
    r"\b(?:make|makes|made|making|earn|earns|earned|earning)\s+(?:a|their|his|her|its|our)\s+living\b", re.I
)
# sanctions whose "for" names the charge: "fear of punishment for smuggling goods out"
CHARGED_FOR = {"punishment", "penalty", "sentence", "arrest", "execution", "prosecution", "trial", "conviction"}


def _not_a_run_of_goods(head: Any) -> bool:
    """ "smuggled himself across the border" (a person crossing), "transferring money to families" (a remittance),
    "the woman, who was sold to a farmer by traffickers" (a person sold): no goods carried."""
    lemma = head.lemma_.lower()
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(c.lower_ in REFLEXIVES for c in objects):
        return True
    if head.tag_ == "VBG" and head.dep_ == "pcomp" and head.head.lower_ == "by":
        before = head.doc[head.sent.start : head.i]
        if LIVING.search(nlp.span_text(before)):
            return True  # "citizens who made their living by trading with China, or by selling goods": a livelihood
    if lemma in PLAIN_CARRYING and any(c.dep_ == "dobj" and c.lower_ in MONEY for c in objects):
        return True
    if lemma not in SELLING or head.pos_ != "VERB":
        return False
    for obj in objects:
        if obj.dep_ == "nsubjpass" and obj.lower_ in ("who", "that") and head.dep_ == "relcl":
            obj = head.head  # "the girl, who was sold ...": the one the clause describes
        if obj.lower_ in PERSONS or obj.ent_type_ == "PERSON":
            return obj.dep_ == "nsubjpass" or head.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in head.children)
    return False


def _smuggling_held_back(head: Any) -> bool:
    """Smuggling named as what is held back or fought, or denied: "the authorities restrict such smuggling", "the
    border was closed to smuggling", "crack down on guards who take bribes to help smuggling", "they had not been
    involved in smuggling"."""
    base = head
    while base.dep_ == "conj" and base.head.i != base.i:
        base = base.head  # "involved in human trafficking or smuggling": the list's place in the clause
    if base.dep_ == "dobj" and head.pos_ == "NOUN" and base.head.lemma_.lower() in HOLDING_BACK:
        return True
    if base.dep_ not in ("pobj", "pcomp"):
        return _crackdown_target(head)
    prep, gov = base.head, base.head.head
    if prep.lower_ == "to" and gov.lemma_.lower() in CLOSING:
        return True
    if prep.lower_ in ("like", "including", "as") and gov.tag_ == "NNS":
        return True  # "illegal activities like smuggling", "businesses ..., including smuggling": a kind of activity
    if prep.lower_ == "for" and gov.pos_ == "NOUN" and gov.lemma_.lower() in CHARGED_FOR:
        return True  # "fear of punishment for smuggling out goods": the charge (rule 5)
    if prep.lower_ == "in" and gov.lemma_.lower() in ("involve", "engage"):
        if any(c.dep_ == "neg" for c in gov.children):
            return True  # "they weren't involved in smuggling": a denial
        kind = gov.head
        if (
            gov.dep_ == "acl"
            and kind.tag_ == "NNS"
            and not any(c.dep_ in ("det", "nummod", "poss") for c in kind.children)
        ):
            return True  # "sympathizing with residents engaged in smuggling": a kind of people
    return _crackdown_target(head)


def _crackdown_target(head: Any) -> bool:
    """ "crack down on guards who take bribes to help smuggling": what a kind of people targeted does."""
    tok, kind = head, False
    for _ in range(6):  # up to the people a crackdown is on, through a clause that says what such people do
        if tok.dep_ == "relcl" and tok.tag_ in ("VBP", "VBZ"):
            kind = True
        if tok.dep_ == "pobj" and tok.head.lower_ == "on" and tok.head.head.lemma_.lower() in CRACKING:
            return kind
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


# plain verbs of carrying goods: a smuggling run only where the sentence tells the border, a foreign side or
# something illicit ("sending food to soldiers" is no run; "carrying copper across the Tumen" is)
PLAIN_CARRYING = {"send", "carry", "bring", "move", "transport", "ship", "ferry", "deliver", "supply", "receive",
                  "transfer", "haul", "deal", "float"}  # fmt: skip
# verbs of trade: a smuggling run only where the sentence calls it illicit ("illegally exported copper")
TRADE_VERBS = {"export", "import"}
ILLICIT_CUE = re.compile(
    r"smuggl|contraband|illegal|illicit|unauthori[sz]ed|\bsecret|\bbribe|black[- ]market|undeclared|"
    r"without (?:permission|approval)|in violation",
    re.I,
)
# words that frame smuggling as what is held against someone (rule 5) or what is to be stopped, not a run
CHARGE_WORDS = {"charge", "accuse", "convict", "suspicion", "guilty", "suspect", "allegation", "indict"}
PREVENT_VERBS = {"prevent", "stop", "block", "curb", "combat", "deter", "eradicate", "eliminate", "suppress",
                 "tackle", "root", "stamp", "discourage", "ban", "prohibit", "forbid"}  # fmt: skip
MULLING_VERBS = {"consider", "contemplate", "weigh", "mull"}


def _run_not_done(head: Any) -> bool:
    """ "anti-smuggling operations", "on charges of assisting defections and smuggling", "a curfew to prevent
    people from engaging in smuggling", "more people are considering smuggling": smuggling named as a target,
    a charge or a thought, no run of goods."""
    doc = head.doc
    if head.lower_.startswith("anti") or any(c.lower_ in ("anti", "counter") and c.i < head.i for c in head.children):
        return True  # "anti-smuggling operations", its phrase headed by the noun
    if head.i >= 2 and doc[head.i - 1].text == "-" and doc[head.i - 2].lower_ in ("anti", "counter"):
        return True
    if head.dep_ in ("dobj", "xcomp") and head.head.lemma_.lower() in MULLING_VERBS:
        return True
    # the list after "on charges of" or "to prevent people from" is often parsed loose: read back along the words
    sent = head.sent
    for tok in reversed(sent.doc[max(sent.start, head.i - 24) : head.i]):
        if tok.text in (";", ":") or tok.lower_ in ("but", "however", "while", "although"):
            return False
        lemma = tok.lemma_.lower()
        nxt = tok.nbor(1).lower_ if tok.i + 1 < sent.end else ""
        prev = tok.nbor(-1).lower_ if tok.i > sent.start else ""
        if lemma in CHARGE_WORDS and nxt in ("of", "with") and prev != "in" and head.i - tok.i <= 14:
            return True
        if lemma in PREVENT_VERBS and tok.pos_ == "VERB" and any(t.lower_ == "from" for t in tok.doc[tok.i : head.i]):
            return True
    return False


SMUGGLING_CUE = re.compile(
    r"smuggl|contraband|illegal|illicit|unauthori[sz]ed|\bchin(?:a|ese)\b|\bborder|\briver|\byalu\b|\btumen\b|"
    r"\bamnok\b|\bdandong\b|\bacross\b|\bover to\b|\bbribe|\bsecret|\bcustoms\b|\bforeign|\brussia|"
    r"\bsouth korea|\bsanction|\bbroker|\bcross|traffick|\bdrugs?\b|narcotic|methamphetamine|\bmeth\b|\bopium|\bheroin",
    re.I,
)


# a run only in someone's mind: decided, planned, hoped or believed they could (the attempt, if any, is told apart)
INTENT_VERBS = {"decide", "plan", "conspire", "scheme", "look", "hope", "want", "intend", "aim", "wish", "dream",
                "agree", "plot", "mean"}  # fmt: skip
BELIEF_VERBS = {"believe", "think", "figure", "reckon", "expect", "assume", "calculate"}


def _known_ring_described(head: Any) -> bool:
    """ "Three members of the smuggling ring are from Ongjin", "the organizations to be involved in the smuggling
    are entities under Office 39": a run or ring told before, named again (definite) inside the subject of a
    copula that says who or where its people are."""
    if head.dep_ == "compound" and head.head.pos_ == "NOUN":
        head = head.head  # "the group behind the smuggling attempt may have been ..."
    if head.pos_ != "NOUN" or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children):
        return False
    tok = head
    for _ in range(4):
        if tok.dep_ == "nsubj":
            verb = tok.head
            return verb.lemma_ == "be" and not any(c.dep_ in ("acomp", "xcomp") for c in verb.children)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _run_in_mind(head: Any) -> bool:
    """ "decided to smuggle the gold out", "was simply looking to send samples", "believed that they could
    transport the gold across land": an intention or a belief, not a run."""
    if head.tag_ != "VB":
        return False
    if head.dep_ == "xcomp" and head.head.lemma_.lower() in INTENT_VERBS:
        return True
    return (
        head.dep_ == "ccomp"
        and head.head.lemma_.lower() in BELIEF_VERBS
        and any(c.dep_ == "aux" and c.lower_ in ("could", "would", "might", "can") for c in head.children)
    )


def _under_sanction(tok: Any, sanctions: set[int]) -> bool:
    """`tok` (a catch or a finding) tells why a sanction of the same sentence was given: it is an adverbial
    clause of the sanction ("sentenced ... after he was caught"), or the sanction is joined to it ("the
    inspection found that ..., and five officers were sent to camps")."""
    if tok.dep_ == "advcl":  # the sanction's own phrase may hang under its verb ("shot by firing squad ... after")
        outside = {t.i for t in tok.head.subtree} - {t.i for t in tok.subtree}
        return bool(outside & sanctions)
    if any(c.dep_ == "conj" and c.i in sanctions for c in tok.children):
        return True
    return any(a.i in sanctions for a in list(tok.ancestors)[:3])


# conditions that make a present-tense clause a rule of how things go ("when a suspect is detained, ...")
HABIT_MARKS = {"when", "whenever", "if", "once"}


def present_simple(verb: Any) -> bool:
    """ "is detained", "are arrested", "arrest": a present tense that is not progressive."""
    if verb.tag_ in PRESENT_TAGS:
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    return (
        verb.tag_ == "VBN"
        and any(a.tag_ in PRESENT_TAGS for a in auxes)
        and not any(a.lower_ in ("being", "been", "has", "have") for a in auxes)
    )


def _indefinite_subject(verb: Any) -> bool:
    """A subject that names anyone of a kind: "a suspect", "anyone", "smugglers"."""
    for subj in (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        dets = [c for c in subj.children if c.dep_ in ("det", "poss", "nummod")]
        if subj.lower_ in ("anyone", "anybody", "someone", "somebody", "whoever"):
            return True
        if any(d.lower_ in ("a", "an", "any", "every") for d in dets):
            return True
        if subj.tag_ == "NNS" and not dets:
            return True
    return False


def _habitual_when(head: Any) -> bool:
    """A rule told in the present, with a condition on anyone of a kind ("when a suspect is detained, their
    relatives are also arrested"): how things go, no incident."""
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    if not present_simple(verb):
        return False
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    if verb.dep_ == "advcl":
        clauses.append(verb)
    for clause in clauses:
        marked = any(c.lower_ in HABIT_MARKS and c.dep_ in ("mark", "advmod") for c in clause.children)
        main = clause.head
        if marked and present_simple(clause) and present_simple(main) and _indefinite_subject(clause):
            return True
    return False


# verbs whose object is a checkpoint as a place of duty: "guards manning checkpoints"
STAFFING_VERBS = {"man", "staff", "guard", "run", "operate", "pass", "reach", "approach", "leave"}
PLACE_PREPS = {"at", "in", "near", "through", "past", "from", "to", "by", "around", "outside"}


def _checkpoint_as_place(head: Any) -> bool:
    """A checkpoint named as the place where something happens or where guards serve ("at a checkpoint in
    Cholsan", "guards manning checkpoints"): no check set up or carried out."""
    if head.pos_ != "NOUN" or head.lemma_.lower() not in ("checkpoint", "roadblock"):
        return False
    if head.dep_ == "pobj" and head.head.lower_ in PLACE_PREPS:
        return True
    return head.dep_ == "dobj" and head.head.lemma_.lower() in STAFFING_VERBS


def domestic_dropped(trig: Trigger, head: Any) -> bool:
    """Enforcement triggers of domestic-outlet reports that tell no incident: a rule of how things go, a
    checkpoint named as a place."""
    if trig.type in ("ARREST", "CRACKDOWN", "PUNISHMENT") and _habitual_when(head):
        return True
    return trig.type == "CRACKDOWN" and _checkpoint_as_place(head)


def _counterfactual(head: Any) -> bool:
    """ "would have been fine with smuggling other goods": a run that did not happen."""
    for anc in list(head.ancestors)[:4]:
        auxes = {c.lower_ for c in anc.children if c.dep_ == "aux"}
        if {"would", "have"} <= auxes or {"could", "have"} <= auxes:
            return True
    return False


# South Korea's return of North Koreans found at sea who ask to go home, and their rescue: no custody of defectors
# (rule 6), the sea incident is OTHER; China's, Russia's or any forced return stays ARREST.
SEA_FINDS = {"rescue", "find", "pick"}  # "picked up from a sinking boat"
RETURNING = {"repatriate", "repatriation", "send", "return", "hand"}
FORCES = {"police", "guard", "guards", "coast", "coastguard", "navy", "marine", "marines", "troops", "military",
          "soldiers", "army", "forces", "patrol", "sailors", "agents", "officers"}  # fmt: skip
# steps towards an arrest ("moving to arrest them", "set about to arrest them"); a plan to arrest stays planned
ONSET_VERBS = {"move", "set", "prepare", "gear"}
SEOUL_SIDE = ("south korea", "seoul", "rok", "republic of korea", "government", "unification", "ministry")


def _agent_words(head: Any) -> str:
    """The words of who does it: the subject, or the "by" phrase of a passive."""
    agents = [c for c in head.children if c.dep_ == "nsubj"]
    agents += [g for c in head.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return " ".join(t.lower_ for a in agents for t in a.subtree)


def _sea_return(trig: Trigger, head: Any) -> str | None:
    """ "OTHER" for South Korea's return of North Koreans who want to go home ("Seoul repatriated five fishermen",
    "the two who want to go back will be sent across the sea border") and for a rescue at sea with no force that
    takes them in ("was rescued while drifting"); "drop" for a rescued boat or a rescue that only describes
    people being sent back; None when the custody stands (China's returns, "rescued by South Korean marines")."""
    lemma = head.lemma_.lower()
    sent = head.sent.text
    if lemma in SEA_FINDS:
        patients = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")] + [
            g for c in head.children if c.dep_ in ("ccomp", "xcomp") for g in c.children if g.dep_ == "nsubj"
        ]  # "rescued North Korean ships going astray"
        if patients and all(p.lemma_.lower() in VESSELS or p.lower_ in ("ships", "boats") for p in patients):
            return "drop"  # "rescued North Korean ships going astray", "a ship ... was found drifting"
        if lemma == "find" and _found_hiding(head):
            return None  # "one of them was found hiding in a hut": a fugitive caught, on land
        agent = _agent_words(head)
        if not agent and head.dep_ == "conj" and head.head.pos_ == "VERB":
            agent = _agent_words(head.head)  # "the Coast Guard found a boat drifting and rescued three crew"
        if any(w in FORCES for w in agent.split()) or (lemma == "rescue" and _seoul_rescuer(agent)):
            return None  # "maritime police had found two men drifting", "rescued by South Korean marines"
        if (
            lemma == "rescue"
            and head.dep_ in ("relcl", "acl")
            and any(a.lemma_.lower() in RETURNING for a in list(head.ancestors)[:3])
        ):
            return "drop"  # "plans to repatriate eight North Koreans who were rescued last week"
        if lemma == "find" or sea_return_story(head.doc):
            return "OTHER"
        return None
    if lemma not in RETURNING or FORCED.search(sent) or FOREIGN_RETURNERS.search(sent):
        return None
    if lemma == "hand" and not any(c.lower_ == "back" for c in head.children):
        return None  # "handed over to the NIS": custody; "handed back to the North": a return
    if lemma == "return" and not sent_back(head):
        return None
    if any(w in _agent_words(head) for w in SEOUL_SIDE) or sea_return_story(head.doc):
        return "OTHER"
    return None


def _found_hiding(head: Any) -> bool:
    """ "was found hiding in a hut", "found him hiding in a barn": a fugitive run to ground, no rescue at sea."""
    return any(c.dep_ in ("xcomp", "advcl", "ccomp") and c.lemma_.lower() == "hide" for c in head.children)


# words that make a facility a place of custody: "a state security holding facility", "a detention facility"
CUSTODY_PLACE_WORDS = {"holding", "detention", "detainment", "security", "police", "interrogation", "prison", "jail",
                       "penal", "correctional", "mss", "bowibu", "lockup"}  # fmt: skip
# people who fall "into the hands of" the police ("the defector fell into the hands of Chinese police")
PEOPLE_NOUNS = {"defector", "refugee", "soldier", "guard", "deserter", "man", "woman", "men", "women", "people",
                "person", "family", "group", "escapee", "fugitive", "broker", "smuggler", "resident", "trader",
                "worker", "laborer", "labourer", "child", "girl", "boy", "son", "daughter", "mother", "father",
                "wife", "husband", "couple", "pair", "student", "official", "officer", "agent", "member", "crew",
                "fisherman", "fishermen", "prisoner", "inmate", "one", "two", "three", "four", "five", "some",
                "many", "most", "others", "several"}  # fmt: skip


def _not_into_custody(head: Any) -> bool:
    """ "sent to a quarantine facility", "taken to a medical facility", "the documents fell into the hands of":
    a place or a keeper that is no custody, or things that change hands."""
    lemma = head.lemma_.lower()
    if lemma in ("fall", "land"):
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return bool(subjects) and not any(
            c.pos_ == "PRON" or c.ent_type_ in ("PERSON", "NORP") or c.lemma_.lower() in PEOPLE_NOUNS
            or c.lower_ in PEOPLE_NOUNS for c in subjects
        )  # fmt: skip
    if lemma not in ("send", "take", "transfer"):
        return False
    places = [
        g for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "into")
        for g in c.children if g.dep_ == "pobj" and g.lemma_.lower() == "facility"
    ]  # fmt: skip
    if not places:
        return False
    other_cue = any(
        t.lower_ in ("back", "custody", "questioning", "interrogation", "investigation") for t in head.subtree
    )
    return not other_cue and not any(
        t.lemma_.lower() in CUSTODY_PLACE_WORDS or t.lower_ in CUSTODY_PLACE_WORDS
        for p in places for t in p.subtree if t.i < p.i
    )  # fmt: skip


# what leads to an arrest in a reward's terms: "information leading to an arrest", "tips leading to his capture"
LEADING = {"lead", "leading"}


def _reward_condition(head: Any) -> bool:
    """An arrest named as what a tip would lead to ("offer 5,000 dollars for information leading to an arrest"): the
    terms of a reward in a hunt, no one taken."""
    if head.pos_ != "NOUN" or head.dep_ != "pobj" or head.head.lower_ != "to":
        return False
    gov = head.head.head
    return gov.lemma_.lower() in LEADING or gov.lower_ in LEADING


def custody_dropped(trig: Trigger, head: Any) -> bool:
    """ARREST triggers that tell no custody: a photo "taken in February", a step towards an arrest told later
    ("moving to arrest them", "set about to arrest them"), a boat rescued; South Korea's return of people who
    want to go home is retyped OTHER here, and an inquiry "into their whereabouts" SEARCH (the trigger's type changes,
    the mention is kept)."""
    if (
        trig.type == "CRACKDOWN"
        and head.pos_ == "NOUN"
        and head.lemma_.lower() in INQUIRY
        and any(
            c.dep_ == "prep" and c.lower_ == "into" and any(g.lower_ == "whereabouts" for g in c.children)
            for c in head.children
        )
    ):
        trig.type = "SEARCH"  # "prompted a major investigation into their whereabouts": the hunt for them (rule 2)
        return False
    if _feared_outcome(head) or _aim_or_prospect(trig, head) or _condition_of_risk(head):
        return True  # "in danger of being caught", "for fear of being arrested": what may happen, no incident
    if trig.type in ("SMUGGLING", "DEFECTION", "DESERTION") and _fought_activity(head):
        return True  # "deployed to target corruption and smuggling": the activity fought, no incident (rule 5)
    if trig.type == "PUNISHMENT" and (_trial_ahead(head) or _rebuke(head)):
        return True  # "prisoners awaiting trial", "to condemn Seoul": no sentence passed
    if trig.type == "SEARCH" and _search_of_things(head):
        return True  # "searched her home and found cash": a house or body search, no manhunt
    if trig.type != "ARREST":
        return False
    lemma = head.lemma_.lower()
    if _reward_condition(head):
        return True  # "a reward for information leading to his arrest": the terms of a hunt
    if lemma in RETURNING and _dead_returned(head):
        return True  # "the broker's body was recovered and repatriated to China": no one in custody
    if _step_of_told_custody(head):
        return True  # "was arrested after she was caught", "arrested ... and then held": one custody, told once
    if _not_into_custody(head):
        return True  # "sent to a quarantine facility", "documents fell into the hands of": no one taken in
    if lemma == "hand" and any(c.dep_ == "prt" and c.lower_ == "down" for c in head.children):
        return True  # "an order handed down by the authorities": no one handed over
    if lemma == "take" and _things_taken(head):
        return True  # "robbers take away what you are carrying": goods taken, no one
    if (
        lemma in RETURNING
        and WISHED_RETURN.search(nlp.span_text(head.sent))
        and not FORCED.search(nlp.span_text(head.sent))
    ):
        trig.type = "OTHER"  # "two were sent back according to their wishes": a return asked for, no custody
        return False
    if lemma == "take" and any(
        t.lower_ == "in" and any(c.dep_ == "pobj" for c in t.children) for t in head.doc[trig.start : trig.end]
    ):
        return True  # "a photo which was taken in February 2019": "in" governs a time, no one taken in
    if head.dep_ == "xcomp" and is_infinitive(head) and head.head.lemma_.lower() in ONSET_VERBS:
        return True  # "conducted surveillance on the two before moving to arrest them": the arrest is told apart
    if lemma == "catch" and any(c.dep_ == "prt" and c.lower_ == "up" for c in head.children):
        return True  # "before the law caught up with him": a figure of speech
    if lemma in SEA_FINDS or lemma in RETURNING:
        outcome = _sea_return(trig, head)
        if outcome == "drop":
            return True
        if outcome == "OTHER":
            trig.type = "OTHER"
    return False


# what is sent home that is no living person: "the broker's body was repatriated", "the remains of six soldiers"
DEAD_WORDS = {"body", "bodies", "remains", "corpse", "corpses", "ashes", "coffin", "coffins", "urn"}


def _dead_returned(head: Any) -> bool:
    """ "the broker's body was recovered and repatriated to China", "repatriated the remains of six soldiers", "the
    repatriation of the bodies": a dead person sent home, no custody."""
    tok = head
    while tok.dep_ == "conj" and tok.head.i != tok.i and not any(c.dep_ == "nsubjpass" for c in tok.children):
        tok = tok.head  # "was recovered and repatriated": the subject hangs on the first verb
    patients = [c for c in tok.children if c.dep_ in ("nsubjpass", "dobj")]
    patients += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    if head.dep_ == "acl":
        patients.append(head.head)  # "the bodies repatriated last week"
    return any(p.lower_ in DEAD_WORDS or p.lemma_.lower() in DEAD_WORDS for p in patients)


# custody verbs whose catch or holding told alongside is the same custody ("arrested after he was caught selling
# videos", "were arrested last month and then held in detention facilities")
TAKING_IN = {"arrest", "detain", "apprehend", "capture", "nab", "jail", "imprison"}
HOLDING = {"hold", "keep", "detain", "confine", "jail", "imprison", "lock"}
CATCH_MARKS = {"after", "when", "as", "once"}


def _step_of_told_custody(head: Any) -> bool:
    """A catch or a holding that only tells more of a custody told by the verb it hangs on, with no people of its own:
    "was arrested at the time after she was caught by the MSS using a phone" (the catch behind the arrest), "had been
    arrested in Shenyang last month and then held in detention facilities" (the holding that follows); "caught and
    sent back" (a return) and "arrested, and his wife was detained" (other people) are left alone."""
    if head.pos_ not in ("VERB", "AUX") or head.head.i == head.i:
        return False
    lemma, gov = head.lemma_.lower(), head.head
    if gov.pos_ not in ("VERB", "AUX") or gov.lemma_.lower() not in TAKING_IN:
        return False
    if lemma == "catch" and head.dep_ == "advcl":
        marks = [c for c in head.children if c.dep_ in ("mark", "advmod") and c.lower_ in CATCH_MARKS]
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if any(c.dep_ == "dobj" for c in head.children):
            return False  # "arrested him after they caught his wife": someone else caught
        return bool(marks) and all(s.pos_ == "PRON" for s in subjects)  # "after she was caught", "after being caught"
    if lemma in HOLDING and head.dep_ == "conj":
        return not any(c.dep_ in ("nsubj", "nsubjpass") for c in head.children)
    return False


# a return that the people asked for ("sent back according to their wishes", "after he expressed his desire to go
# home"): South Korea's return, OTHER by the coding conventions; "against their will" stays ARREST (FORCED)
WISHED_RETURN = re.compile(
    r"\b(?:according to|in line with|in accordance with|at) (?:their|his|her) (?:own )?(?:wish(?:es)?|request)\b|"
    r"\bexpress(?:ed|ing)? (?:a |his |her |their )?(?:desire|wish|will)\b|\bvoluntar(?:y|ily)\b",
    re.I,
)
# words before a trial still ahead: "awaiting trial", "pending trial", "prior to trial", "before trial"
TRIAL_AHEAD = {"await", "awaiting", "pending", "before", "prior", "ahead", "until", "till"}
# what a house or body search goes through: "searched her home", "a search of the family's house"
SEARCHED_PLACES = {"home", "house", "houses", "homes", "residence", "apartment", "flat", "room", "belongings",
                   "bag", "bags", "luggage", "baggage", "car", "vehicle", "truck", "premises", "office", "property",
                   "quarters", "dormitory", "warehouse", "shop", "store", "phone", "pocket", "pockets", "cargo",
                   "container", "body"}  # fmt: skip
# what robbers or officials take away that is no person: "take away what you're carrying", "took away his phone"
TAKEN_THINGS = {"what", "whatever", "everything", "anything", "something", "it", "money", "cash", "phone", "phones",
                "belongings", "goods", "property", "clothes", "food", "items", "valuables", "possessions"}  # fmt: skip


def _trial_ahead(head: Any) -> bool:
    """A trial still to come ("five prisoners awaiting trial escaped", "the haircut men get prior to trial"): the
    people are held, no sentence is passed."""
    if head.lemma_.lower() != "trial":
        return False
    gov = head.head
    if gov.lower_ == "to" and gov.dep_ == "prep":
        gov = gov.head  # "prior to trial"
    if gov.lemma_.lower() in ("await", "pending") or gov.lower_ in ("awaiting", "pending"):
        return True
    bare = not any(c.dep_ in ("det", "poss", "amod", "nummod") for c in head.children)
    return bare and gov.lower_ in TRIAL_AHEAD


def _rebuke(head: Any) -> bool:
    """ "Pyongyang uses detainees to condemn Seoul", "the execution was condemned by rights groups": a censure, no
    penalty; "condemned to death" (a "to" complement) stays."""
    if head.lemma_.lower() not in ("condemn", "condemnation") or head.dep_ == "amod":
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "to" for c in head.children)


def _search_of_things(head: Any) -> bool:
    """A house, luggage or body search ("agents searched her home and found cash", "a search of the house"): no
    hunt for someone (rule 2); "searched for him" stays."""
    if head.lemma_.lower() != "search":
        return False
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in head.children):
        return False
    if head.pos_ == "NOUN":
        objects = [g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    else:
        objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    # one home or bag searched: "searching houses" one after another is a sweep, retyped CRACKDOWN elsewhere
    return any(o.tag_ in ("NN", "NNP") and o.lemma_.lower() in SEARCHED_PLACES for o in objects)


def _things_taken(head: Any) -> bool:
    """ "robbers will take away what you're carrying", "took away their phones": goods taken, no custody."""
    if not any(c.dep_ in ("prt", "advmod") and c.lower_ == "away" for c in head.children):
        return False
    for c in head.children:
        if c.dep_ == "dobj" and (c.lower_ in TAKEN_THINGS or c.lemma_.lower() in TAKEN_THINGS):
            return True
        if c.dep_ in ("ccomp", "dobj") and any(t.lower_ in ("what", "whatever") for t in list(c.subtree)[:2]):
            return True
    return False


# what people fear may happen to them: "in danger of being caught", "for fear of being arrested", "afraid of"
FEARED_HOLDERS = {"danger", "risk", "fear", "threat", "possibility", "prospect", "likelihood", "afraid", "scared",
                  "fearful", "wary", "terrified", "frightened", "worried"}  # fmt: skip
FEARING_VERBS = {"risk", "fear"}  # "risk being caught", "fear arrest"


def _feared_outcome(head: Any) -> bool:
    """A trigger that names what someone fears or risks ("hid in the hills in danger of being caught", "stayed
    indoors for fear of being arrested", "ran the risk of arrest", "risked being caught"): nothing happened yet."""
    if head.dep_ in ("pcomp", "pobj") and head.head.lower_ == "of":
        return head.head.head.lemma_.lower() in FEARED_HOLDERS
    return head.dep_ in ("xcomp", "dobj") and head.head.pos_ == "VERB" and head.head.lemma_.lower() in FEARING_VERBS


# verbs whose object is an activity policed, not an incident ("to target corruption and smuggling")
POLICING_VERBS = {"target", "control", "police", "regulate", "monitor", "address", "counter", "rein", "clamp",
                  "root", "eradicate", "stamp", "weed", "tackle", "combat", "fight"}  # fmt: skip


def _fought_activity(head: Any) -> bool:
    """A bare activity noun that a measure aims at ("sent to target corruption and smuggling", "to control
    smuggling and defections"): rule 5, the activity at large, no incident."""
    if head.pos_ != "NOUN" or any(c.dep_ in ("det", "poss", "nummod") for c in head.children):
        return False
    tok = head
    while tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
        tok = tok.head  # "corruption and smuggling"
    if tok is not head and tok.dep_ == "pobj" and tok.head.head.pos_ == "NOUN" and tok.head.lower_ not in ("on", "in"):
        tok = tok.head.head  # "root out collaboration along the border, smuggling and ...": the list misparsed
        while tok.dep_ == "conj" and tok.head.pos_ == "NOUN":
            tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ in ("on", "in") and tok.head.head.lemma_.lower() in POLICING_VERBS:
        tok = tok.head  # "clamp down on smuggling", "rein in smuggling"
    return tok.dep_ in ("dobj", "prep") and tok.head.lemma_.lower() in POLICING_VERBS
