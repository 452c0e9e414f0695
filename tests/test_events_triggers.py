"""Trigger families and senses of the events plugin, on made-up sentences.

Each case names one family or sense condition (lexicon.py, triggers.py), so a
regression names itself; the negative cases are the readings the condition
exists to keep out.
"""

from __future__ import annotations

import pytest
from newsextract_events.triggers import find_triggers

from .events_helpers import name, only, triggers


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        # persuading and warning someone to act
        ("Mary Walsh convinced Tom Reed to sign the bill.", "REQUEST", "convinced"),
        ("Mary Walsh persuaded Tom Reed to drop the plan.", "REQUEST", "persuaded"),
        ("France warned Iran to stay out of the dispute.", "REQUEST", "warned"),
        # "insist that X + bare verb": the subjunctive asks for an act
        ("France insisted that Iran withdraw its troops.", "REQUEST", "insisted"),
        ("Mary Walsh said she counts on Tom Reed to keep his word.", "REQUEST", "counts"),
        # granting what was asked
        ("The court granted a request by Tom Reed to delay the trial.", "AGREE", "granted"),
        # verbal blows at a person
        ("Mary Walsh hit Tom Reed hard on his record.", "ACCUSE", "hit"),
        ("Mary Walsh has been pounding Tom Reed as a fraud.", "ACCUSE", "pounding"),
        ("Mary Walsh took aim at Tom Reed on Monday.", "ACCUSE", "took"),
        # name-calling with other naming verbs
        ("Canada branded Russia a pariah state.", "ACCUSE", "branded"),
        ("Senator Mary Walsh labeled Tom Reed a crook.", "ACCUSE", "labeled"),
        # a legal challenge
        ("Twelve states are challenging the agency's new rules in court.", "ACCUSE", "challenging"),
        # a penalty named by its verb
        ("The European Union imposed sanctions on Iran.", "SANCTION", "imposed"),
        ("The European Union levied a fine on Iran.", "SANCTION", "levied"),
        # weapons tests and launches
        ("Iran fired two missiles into the sea on Monday.", "MOBILIZE", "fired"),
        ("The council condemned Iran's nuclear test.", "MOBILIZE", "test"),
        ("Iran fired missiles at France.", "ASSAULT", "fired"),
        # a promise of punishment is a threat
        ("France vowed to retaliate against Iran.", "THREATEN", "vowed"),
        ("France pledged to impose sanctions on Iran.", "THREATEN", "pledged"),
        ("President Ann Lee vowed consequences for Iran.", "THREATEN", "vowed"),
        # trips and outreach
        ("Governor Tom Reed will travel to Ohio on Friday.", "CONSULT", "travel"),
        ("Mary Walsh reached out to Tom Reed after the vote.", "CONSULT", "reached"),
        # nouns with their own agent
        # opposition is criticism (session 22: the train rounds code it ACCUSE two to one)
        ("The bill failed because of opposition by Congress.", "ACCUSE", "opposition"),
        ("The doctors called for his dismissal, said Tom Reed.", "SANCTION", "dismissal"),
        ("Apple filed a motion to unseal the records.", "REQUEST", "motion"),
        ("Iran abandoned talks with France in 2009.", "REJECT", "abandoned"),
    ],
)
def test_families(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == [trigger]


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("The storm hit Florida on Monday.", "ACCUSE"),  # "hit" needs a person hit
        ("Mary Walsh insisted that the plan would work.", "REQUEST"),  # a claim, not a request
        ("A Republican may be challenging him in the primary.", "ACCUSE"),  # an election
        ("Mary Walsh vowed to cut taxes.", "THREATEN"),  # a promise, no one punished
        ("The plant fired its boilers.", "MOBILIZE"),  # no weapons
        ("Mary Walsh will take a test on Monday.", "MOBILIZE"),  # no weapons test
        ("The opposition won the election.", "REJECT"),  # the party, not a refusal
    ],
)
def test_not_this_type(run_events, sentence: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == []


def test_praise_by_name_calling(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Senator Mary Walsh called Tom Reed a genius.")
    event = only(x, "SUPPORT")
    assert event.trigger.text == "called"
    assert name(x, event, "target") == "Tom Reed"
    assert triggers(x, "ACCUSE") == []


def test_particle_parsed_as_adverb(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("If France decides to pull back, Germany must defend itself.")
    assert triggers(x, "RETREAT") == ["pull"]


def test_killed_after_shot_shares_the_passive(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Tom Reed was shot and killed by a police officer on Friday.")
    assert "killed" in triggers(x, "ASSAULT")


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        ("Senator Mary Walsh has been sharply critical of Tom Reed.", "ACCUSE", "critical"),
        ("Ted Cruz was critical of Barack Obama's stance on trade.", "ACCUSE", "critical"),
        ("Donors put pressure on Tom Reed to quit.", "REQUEST", "pressure"),
        ("The United States will seek new sanctions against Iran.", "REQUEST", "seek"),
    ],
)
def test_more_families(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == [trigger]


@pytest.mark.parametrize(
    "sentence",
    [
        "The report was critical of the plan.",  # no actor criticised
        "Water is critical to the region.",  # not an attitude
        "When he was asked for details, Tom Reed said nothing.",  # an interview question
    ],
)
def test_not_events(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    x = run_events(sentence)
    assert [e.type for e in x.events if e.type in ("ACCUSE", "REQUEST")] == []


@pytest.mark.parametrize(
    ("sentence", "type_", "modality"),
    [
        # an event noun asked for has not happened
        ("The doctors sent a letter calling for Tom Reed's dismissal.", "SANCTION", "hypothetical"),
        ("Russia demanded the withdrawal of US troops.", "RETREAT", "hypothetical"),
        # "ought to" parsed as the head verb
        ("Iran ought to pull back.", "RETREAT", "hypothetical"),
        # directives ask for their act; forcing reports it
        ("The president ordered the troops to withdraw from Syria.", "RETREAT", "hypothetical"),
        ("France advised Iran to release the prisoners.", "RETREAT", "hypothetical"),
        ("France forced Iran to release the prisoners.", "RETREAT", "asserted"),
        # done without it, or stopping short of it: it did not happen
        ("Tom Reed left Ohio without meeting Mary Walsh.", "CONSULT", "negated"),
        ("Tom Reed stopped short of calling Mary Walsh a liar.", "ACCUSE", "negated"),
        # what a call asks for has not happened
        ("Tom Reed sounded a call for Ohio to accept more refugees.", "AID", "hypothetical"),
    ],
)
def test_modality(run_events, sentence: str, type_: str, modality: str) -> None:  # type: ignore[no-untyped-def]
    assert only(run_events(sentence), type_).modality == modality


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        # reducing relations
        ("Canada severed ties with Iran in 2012.", "SANCTION", "severed"),
        ("France recalled its ambassador to Brazil on Monday.", "SANCTION", "recalled"),
        # troops sent
        ("Russia sent troops to Syria last year.", "MOBILIZE", "sent"),
        # giving in
        ("Mary Walsh finally yielded to Tom Reed on the budget.", "CONCEDE", "yielded"),
        # refusing someone
        ("Mary Walsh disavowed Tom Reed on Tuesday.", "REJECT", "disavowed"),
        ("Mary Walsh snubbed Tom Reed at the gala.", "REJECT", "snubbed"),
        # criticism verbs and nouns
        ("Mary Walsh chided Tom Reed for his absence.", "ACCUSE", "chided"),
        ("Mary Walsh took a swipe at Tom Reed on Monday.", "ACCUSE", "swipe"),
        ("Tom Reed faces a backlash from Mary Walsh over the vote.", "ACCUSE", "backlash"),
        # resignations and withdrawals from a race
        ("Tom Reed stepped aside as chairman on Friday.", "RETREAT", "stepped"),
        ("Tom Reed dropped out of the race in March.", "RETREAT", "dropped"),
        # a march of protest
        ("Activists joined a protest march against Tom Reed in Boston.", "PROTEST", "march"),
        # a promise of punishment in a that-clause
        ("Iran warned that it would retaliate against Israel.", "THREATEN", "warned"),
    ],
)
def test_cameo_families(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == [trigger]


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("The company cut costs in March.", "SANCTION"),  # not ties or aid
        ("The team marched to the stadium.", "PROTEST"),  # no protest
        ("There was a backlash against the plan.", "ACCUSE"),  # no one criticising
        ("Tom Reed sent a letter to Mary Walsh.", "MOBILIZE"),  # no forces
    ],
)
def test_cameo_not_this_type(run_events, sentence: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == []


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        # the object through a quantifier: "some of the sanctions"
        ("The U.N. imposed some of the toughest sanctions ever on Iran.", "SANCTION", "imposed"),
        ("Donors put all kinds of pressure on Tom Reed.", "REQUEST", "pressure"),
        # the object is the noun a relative clause describes
        ("Russia urged Iran to resume the talks it abandoned in 2009.", "REJECT", "abandoned"),
        # cooperation in founding something together
        ("Tom Reed ran ads for the group he formed with the AFL-CIO.", "COOPERATE", "formed"),
    ],
)
def test_object_paths(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == [trigger]


def test_not_accepting_an_offer_is_a_rejection(run_events) -> None:  # type: ignore[no-untyped-def]
    x = run_events("Iran did not accept the offer from France.")
    event = only(x, "REJECT")
    assert event.trigger.text == "accept"
    assert event.modality == "asserted"  # the rejection happened
    assert triggers(x, "AGREE") == []
    assert triggers(run_events("Iran accepted the offer from France."), "AGREE") == ["accepted"]


def test_a_threat_needs_someone_threatening_or_threatened(run_events) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events("Europe faced no military threat."), "THREATEN") == []
    x = run_events("Trump's threats against Mexico worried investors.")
    assert triggers(x, "THREATEN") == ["threats"]


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        # nominalisations of verbs in the lexicon
        ("Iran called for consultations with France on Monday.", "CONSULT", "consultations"),
        ("Tom Reed's retraction came a day later.", "CONCEDE", "retraction"),
        ("Tom Reed put the blame on Mary Walsh.", "ACCUSE", "blame"),
        ("The Senate opened an inquiry into Tom Reed's finances.", "ACCUSE", "inquiry"),
        ("Mary Walsh's retaliation against Tom Reed was swift.", "SANCTION", "retaliation"),
        ("The kidnapping of Tom Reed shocked Ohio.", "ASSAULT", "kidnapping"),
        # verbs of the CAMEO families
        ("Barack Obama phoned Angela Merkel on Tuesday.", "CONSULT", "phoned"),
        ("Republicans rallied around Tom Reed after the vote.", "SUPPORT", "rallied"),
        ("The gunman wounded three police officers.", "ASSAULT", "wounded"),
        ("The city suspended Tom Reed for a week.", "SANCTION", "suspended"),
        ("Russia stationed troops near the border.", "MOBILIZE", "stationed"),
    ],
)
def test_nominalisations_and_verbs(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == [trigger]


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("The execution of the plan took a year.", "ASSAULT"),  # not a person executed
        ("Tom Reed suspended his campaign.", "SANCTION"),  # not a person suspended
        ("The denial of the facts angered Mary Walsh.", "REJECT"),  # not a request denied
    ],
)
def test_nominalisations_not_this_type(run_events, sentence: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Iran lacks the capability to attack Israel.",
        "There is little chance of Iran attacking Israel.",
    ],
)
def test_a_capability_is_no_event(run_events, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), "ASSAULT") == []


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        # criticism in its other verb and noun forms
        ("Mary Walsh portrayed Tom Reed as a liar.", "ACCUSE", "portrayed"),
        ("Mary Walsh painted Tom Reed as a tool of the banks.", "ACCUSE", "painted"),
        ("Mary Walsh dismissed Tom Reed as a clown.", "ACCUSE", "dismissed"),
        ("Mary Walsh questioned whether Tom Reed was fit to serve.", "ACCUSE", "questioned"),
        ("Mary Walsh complained of Tom Reed's arrogance.", "ACCUSE", "complained"),
        ("Mary Walsh delivered a sharp critique of Tom Reed's budget.", "ACCUSE", "critique"),
        # courts
        ("France appealed the ruling on Monday.", "ACCUSE", "appealed"),
        ("The court overturned the conviction of Tom Reed.", "REJECT", "overturned"),
        ("The judge struck down the law on Monday.", "REJECT", "struck"),
        # removal from a post, a campaign ended
        ("The board ousted Mary Walsh on Monday.", "SANCTION", "ousted"),
        ("Governor Tom Reed suspended his campaign on Monday.", "RETREAT", "suspended"),
        # refugee admissions are aid; cyber coercion; diplomatic cooperation
        ("Canada will admit 25,000 Syrian refugees.", "AID", "admit"),
        ("Russian agents hacked the party's servers.", "COERCE", "hacked"),
        ("Cuba and the United States restored diplomatic relations.", "COOPERATE", "restored"),
    ],
)
def test_round3_families(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == [trigger]


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Mary Walsh portrayed herself as the heir of the movement.", "ACCUSE"),  # oneself
        ("Mary Walsh dismissed the claims as nonsense.", "ACCUSE"),  # no one belittled
        ("Mary Walsh painted the fence on Monday.", "ACCUSE"),  # no "as"
        ("The company dismissed the idea on Monday.", "SANCTION"),  # no one dismissed
        ("The doctor admitted the patient on Monday.", "AID"),  # no refugees
        ("Mary Walsh campaigned in earnest on Monday.", "CONSULT"),  # no place
        ("Mary Walsh defended her record on Monday.", "SUPPORT"),  # not a person
        ("Mary Walsh defended herself on Monday.", "SUPPORT"),  # oneself
    ],
)
def test_round3_not_this_type(run_events, sentence: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == []


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        # killing counted or told in a relative clause
        ("The gunman opened a door in Ohio, killing 12.", "ASSAULT", "killing"),
        ("Ohio mourned the two soldiers who were killed by the rebels.", "ASSAULT", "killed"),
        # nouns of the criticism, rejection and penalty families
        ("Mary Walsh's barbs at Tom Reed stung.", "ACCUSE", "barbs"),
        ("Tom Reed's disavowal of Mary Walsh surprised Ohio.", "REJECT", "disavowal"),
        ("Tom Reed was taken into custody on Monday.", "COERCE", "custody"),
        # "to"-clause after the object parsed as an adverbial clause
        ("Mary Walsh tried to convince the court to throw out the rules.", "REQUEST", "convince"),
        ("Mary Walsh charged that Tom Reed hid the documents.", "ACCUSE", "charged"),
        # giving in, and a demand named by its author's name
        ("Governor Tom Reed bowed to pressure from Mary Walsh.", "CONCEDE", "bowed"),
        ("Tom Reed acquiesced to the original Walsh demand.", "CONCEDE", "acquiesced"),
        # a campaign trip; nouns of the criticism, defiance and killing families
        ("Mary Walsh campaigned in Ohio on Monday.", "CONSULT", "campaigned"),
        ("Tom Reed's taunts at Mary Walsh drew laughs.", "ACCUSE", "taunts"),
        ("The beheading of the hostages shocked France.", "ASSAULT", "beheading"),
        ("Mary Walsh challenged Tom Reed over his remarks.", "ACCUSE", "challenged"),
        ("Mary Walsh eviscerated Tom Reed in the debate.", "ACCUSE", "eviscerated"),
        ("Tom Reed struck back at Mary Walsh on Monday.", "ACCUSE", "struck"),
        ("Tom Reed broke his pledge to support Mary Walsh.", "AGREE", "pledge"),
        ("The agency covered up the breach, Tom Reed said.", "COERCE", "covered"),
        ("Mary Walsh defended Tom Reed on Monday.", "SUPPORT", "defended"),
        # support thrown behind someone (the bare noun stays out: polls, policies)
        ("Mary Walsh threw her support behind Tom Reed on Monday.", "SUPPORT", "support"),
    ],
)
def test_round3_nouns_and_objects(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == [trigger]


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        # portrayals: "described/characterized/cast X as" a bad thing is criticism ...
        ("Mary Walsh described Tom Reed as a liar.", "ACCUSE", "described"),
        ("Mary Walsh characterized Tom Reed as reckless.", "ACCUSE", "characterized"),
        ("Mary Walsh likened Tom Reed to a dictator.", "ACCUSE", "likened"),
        # ... and as a praise word, support
        ("Mary Walsh described Tom Reed as a great leader.", "SUPPORT", "described"),
        ("Mary Walsh disagreed with Tom Reed on taxes.", "ACCUSE", "disagreed"),
        # directives with a "to"-clause
        ("The judge ordered Tom Reed to release the emails.", "REQUEST", "ordered"),
        ("Mary Walsh told Tom Reed to leave the race.", "REQUEST", "told"),
        ("The court declined to hear the case from Tom Reed.", "REJECT", "declined"),
        # courts: an appeal without an object, overruling, upholding an action
        ("Tom Reed said Ohio will appeal.", "ACCUSE", "appeal"),
        ("The court overruled the judge's decision against Tom Reed.", "REJECT", "overruled"),
        ("The court upheld Tom Reed's actions.", "SUPPORT", "upheld"),
        ("The committee voted to hold Tom Reed in contempt of Congress.", "ACCUSE", "contempt"),
        ("Officer Tom Reed was placed on administrative leave.", "SANCTION", "leave"),
        # a killing with its killer named; a release told in the passive
        ("After Tom Reed was killed by police, Ohio mourned.", "ASSAULT", "killed"),
        (
            "France said Tom Reed visited Ohio after he was released from prison.",
            "RETREAT",
            "released",
        ),
        # refugee admissions, aid offered, a veto promised
        ("Canada accepted 25,000 refugees from Syria, Mary Walsh said.", "AID", "accepted"),
        ("France offered loans to Greece.", "AID", "offered"),
        ("Tom Reed promised a veto of the bill from Mary Walsh.", "THREATEN", "promised"),
        # intimidation, brandishing, meddling, compelling
        ("Tom Reed tried to intimidate Mary Walsh before the vote.", "THREATEN", "intimidate"),
        ("Tom Reed brandished a pistol at the officers.", "THREATEN", "brandished"),
        ("France says Russia interfered in the election.", "COERCE", "interfered"),
        ("Mary Walsh condemned Russia's interference in the election.", "COERCE", "interference"),
        ("France forced Tom Reed to resign.", "COERCE", "forced"),
        ("France condemned the violence against the protesters by Russia.", "ASSAULT", "violence"),
        ("France vowed to combat the Islamic State.", "ASSAULT", "combat"),
        # campaign trips to a place named by a common noun; a trip by someone; protest marches
        ("Mary Walsh campaigned in the state on Monday.", "CONSULT", "campaigned"),
        ("The visit was followed by a trip by Tom Reed.", "CONSULT", "trip"),
        ("Protesters marched through downtown Ohio against Tom Reed.", "PROTEST", "marched"),
        ("The IRS audited Tom Reed last year.", "ACCUSE", "audited"),
        ("Mary Walsh admires Tom Reed.", "SUPPORT", "admires"),
        ("Tom Reed announced his departure from the Senate.", "RETREAT", "departure"),
        ("Mary Walsh had a phone call with Tom Reed on Monday.", "CONSULT", "call"),
        # a date between a verb and its particle; a gerund after the particle
        ("Mary Walsh called Friday for releasing Tom Reed.", "REQUEST", "called"),
        ("Mary Walsh called on Monday for talks with Tom Reed.", "REQUEST", "called"),
        # the rarer CAMEO members of each family
        ("Tom Reed resisted calls from Mary Walsh to resign.", "REJECT", "resisted"),
        ("Tom Reed ignored the requests of Mary Walsh.", "REJECT", "ignored"),
        ("France revoked the visa of Tom Reed.", "SANCTION", "revoked"),
        ("France suspended aid to Egypt on Monday.", "SANCTION", "suspended"),
        ("France cut off aid to Egypt on Monday.", "SANCTION", "cut"),
        ("France extradited Tom Reed to Ohio.", "COERCE", "extradited"),
        ("Tom Reed punched Mary Walsh at the rally.", "ASSAULT", "punched"),
        ("France waived the sanctions on Iran.", "CONCEDE", "waived"),
        ("Tom Reed bankrolled Mary Walsh in 2012.", "AID", "bankrolled"),
        ("Mary Walsh dined with Tom Reed on Monday.", "CONSULT", "dined"),
        ("Tom Reed had an audience with Pope Francis on Monday.", "CONSULT", "audience"),
        # advice is CONSULT from the adviser (round-11 ruling; was REQUEST before session 15)
        ("Mary Walsh advised Tom Reed to drop out.", "CONSULT", "advised"),
        ("Tom Reed defamed Mary Walsh in the ad.", "ACCUSE", "defamed"),
        ("France condemned the genocide against the Yazidis by Syria.", "ASSAULT", "genocide"),
    ],
)
def test_session4_families(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == [trigger]


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        ("Tom Reed was told to wait by the door.", "REQUEST"),
        ("The scandal forced Tom Reed to resign.", "COERCE"),
        ("Mary Walsh said she would not interfere with Tom Reed's work.", "COERCE"),
        ("Tom Reed described the plan as a failure.", "ACCUSE"),
        ("Mary Walsh told Tom Reed that the vote was close.", "REQUEST"),
    ],
)
def test_session4_not_this_type(run_events, sentence: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == []


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger"),
    [
        # a light verb in a relative clause whose object is the event noun
        ("Tom Reed broke a pledge he made to support Mary Walsh.", "AGREE", "pledge"),
        ("France ended the attack that its troops launched against Iran.", "ASSAULT", "attack"),
        # the owner of a noun of what is done to someone, with no "of"-phrase
        ("Tom Reed spoke to reporters after his release from prison.", "RETREAT", "release"),
        # agreements are forged, clinched, inked or established
        ("Mary Walsh forged an agreement with Tom Reed on Monday.", "AGREE", "agreement"),
        ("France inked a deal with Iran in May.", "AGREE", "deal"),
        # nominalisations with their verb's object condition
        ("Israel condemned the lifting of sanctions on Iran by France.", "CONCEDE", "lifting"),
        ("Russia's provision of weapons to Iran angered Israel.", "AID", "provision"),
        # a sum given, a cyber intrusion, mockery, "winner" as praise
        ("Tom Reed received a $25,000 contribution from Mary Walsh.", "AID", "contribution"),
        ("France condemned the intrusions by Russia into its networks.", "COERCE", "intrusions"),
        ("Tom Reed made fun of Mary Walsh at the rally.", "ACCUSE", "made"),
        ("Tom Reed called Mary Walsh the winner of the debate.", "SUPPORT", "called"),
        # the rarer synset members
        ("Tom Reed lectured Mary Walsh about her manners.", "ACCUSE", "lectured"),
        ("Tom Reed disregarded the requests of Mary Walsh.", "REJECT", "disregarded"),
        ("Tom Reed solicited donations from Mary Walsh.", "REQUEST", "solicited"),
        # an undertaking, praise by giving credit
        ("Tom Reed offered to testify before Mary Walsh's committee.", "AGREE", "offered"),
        ("Tom Reed gave credit to Mary Walsh for the deal.", "SUPPORT", "gave"),
    ],
)
def test_session5_families(run_events, sentence: str, type_: str, trigger: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == [trigger]


@pytest.mark.parametrize(
    ("sentence", "type_"),
    [
        # the owner released something: the "of"-phrase says what
        ("Tom Reed's release of his tax returns angered Mary Walsh.", "RETREAT"),
        # an idiom of closing a sale, not an agreement with anyone
        ("Mary Walsh has to seal the deal with Ohio voters.", "AGREE"),
        # eased sanctions are no SANCTION of their own; campaign money alone is no sum given
        # (with its giver named it is: session 21, "contributions from X" as in the gold)
        ("Israel condemned the lifting of sanctions on Iran by France.", "SANCTION"),
        ("Tom Reed received contributions last year.", "AID"),
        ("The defamation of character hurt Tom Reed.", "ACCUSE"),
        # a reception is no meeting
        ("Tom Reed's plan was met with opposition from Mary Walsh.", "CONSULT"),
        # naming without a verdict ("dubbed the presumptive nominee")
        ("Mary Walsh was dubbed the presumptive nominee by Tom Reed.", "ACCUSE"),
        # an offer of something is no undertaking to act
        ("Tom Reed offered a set of talking points for Mary Walsh to follow.", "AGREE"),
    ],
)
def test_session5_not_this_type(run_events, sentence: str, type_: str) -> None:  # type: ignore[no-untyped-def]
    assert triggers(run_events(sentence), type_) == []


@pytest.mark.parametrize(
    "sentence",
    ["Some 56% of voters support Tom Reed.", "In the poll, 56 percent of voters back Mary Walsh."],
)
def test_a_poll_share_is_no_trigger(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert [t.token.text for t in find_triggers(nlp(sentence))] == []


@pytest.mark.parametrize(
    ("sentence", "type_", "trigger", "agent", "target"),
    [
        # a passive's missing subject is its object: "before being fired by X"
        (
            "Tom Reed served as director for two years before being fired by Mary Walsh.",
            "SANCTION",
            "fired",
            "Mary Walsh",
            "Tom Reed",
        ),
        # the one presiding over or chairing a meeting holds it
        (
            "Mary Walsh presided over a summit with Tom Reed.",
            "CONSULT",
            "summit",
            "Mary Walsh",
            "Tom Reed",
        ),
        (
            "Mary Walsh chaired the talks with Tom Reed.",
            "CONSULT",
            "talks",
            "Mary Walsh",
            "Tom Reed",
        ),
    ],
)
def test_passive_gap_and_presiding(  # type: ignore[no-untyped-def]
    run_events, sentence: str, type_: str, trigger: str, agent: str, target: str
) -> None:
    x = run_events(sentence)
    event = only(x, type_)
    assert event.trigger.text == trigger
    assert (name(x, event, "agent"), name(x, event, "target")) == (agent, target)
