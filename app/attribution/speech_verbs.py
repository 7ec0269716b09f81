"""The verbs by which news prose reports speech: STRONG ones always, WEAK ones with a complement ("that", "how", ":", a
quote), CHARACTERISE ones only with the speaker's own words quoted in their clause. Read by `app/attribution/speech.py`
and the answer modules that find a speech verb in a sentence.
"""

from __future__ import annotations

from app.attribution.unsaid import REPEATING

# Verbs that introduce what someone said. WEAK ones need a complement ("that", "how", ":", a quote).
STRONG = ("said|says|say|told|tells|telling|added|adds|adding|explained|explains|highlighted|stressed|warned|"
          "warns|claimed|claims|reported|reports|wrote|writes|writing|urged|insisted|argued|"
          "asserted|declared|denied|denies|stressing|warning|saying|responded|replied|answered|tweeted|"
          "testified|acknowledged|admitted|conceded|countered|recalled|predicted|cautioned|contended|"
          "maintained|complained|joked|quipped|argues|arguing|insisting|explaining|declaring|acknowledging|"  # and
          "admitting|conceding|contending|maintaining|complaining|asserting|cautioning|predicting|"  # participles
          # 'Managers, he went on, “…”', '“…,” he went on' (a quote's tail ends there); not 'went on to win', nor
          # '…, and then he went on.' / 'The talks went on.' (nothing said follows: a full stop is no speech)
          r"(?:went|goes)\s+on(?=\s*(?:[,:“\"]|$)|\s+to\s+(?:say|add|tell|note)\b)")
# 'continued' too: '“…,” he continued' speaks, 'he has continued many of them' does not
WEAK = ("disputed|disputes|announced|announces|revealed|reveals|disclosed|described|describing|stated|noted|shared|"
        "posted|repeated|repeating|repeats|continued|continues|noting|announcing|revealing|disclosing|stating|"
        "relayed|relaying|relays|"
        + REPEATING)  # 'echoed', 'reiterated': `unsaid`
# Verbs that characterise in the speaker's own words: speech only when a quotation follows in their
# clause ('Dennis called the organization "irrelevant"', '…, calling him a “faker”'), not 'called the police'.
CHARACTERISE = ("calls|called|calling|branded|branding|dubbed|dubbing|labeled|labeling|labelled|labelling|derided|"
                "deriding|accused|accusing|assailed|chimed in")
