"""English phrase rules, one list per behaviour (syntax: :mod:`csskills.lang._syntax`).

Written from what each behaviour is (see ``docs/concepts/competencies.md``), not from examples of
the validation sets. Keep lists short and general; prefer stems (``apologi*``) over listing forms.
"""

from __future__ import annotations

AGENT_RULES: dict[str, tuple[str, ...]] = {
    "apology": (
        "(i'm|im|i am|we're|we are) (so|very|really|truly|terribly|extremely|awfully|) sorry",
        "sorry (for|about) [the|any|all] ~ (inconvenience|trouble|delay|wait|confusion|mix up)",
        "sorry (about|for) (that|this|the|my|keeping|making|taking|interrupting|cutting)",
        "(i|we) [do|sincerely|truly] apologi*",
        "(my|our) apologies",
        "apologies (for|about)",
        "sorry",
        "my bad",
        "(pardon|excuse|forgive) (me|us)",
        "(i|i do) beg your pardon",
        "(i|we) (didn't|did not|never) mean to",
    ),
    "thanks": (
        # Gratitude addressed to the listener; "thankful"/"Thanksgiving" are not thanking.
        "(thank|thanks|thankyou|thanx|thx|ty) [you|u|ya|so much|a lot|a bunch|again]",
        "(i|we) (thank|thanked) you",
        "(i|we) [really|truly|do|greatly|sincerely|very much] appreciate (it|that|this|you|your|the|all|everything|any)",
        "much appreciated",
        "(grateful|thankful) (to you|for your|for you|for the help|for that|for this|for everything)",
        "cheers (for|mate)",
        # also said as part of a closing; same phrases as the closing rule so both behaviours fire
        "(thanks|thank you) for (calling|contacting|choosing|being|your time|your call|your business|your patience)",
    ),
    "empathy_statement": (
        "(i'm|im|i am|we're|we are) (so|very|really|truly|) sorry to hear",
        "sorry (you|you're|youre|that you) ~ (going through|dealing with|feel*|experienc*|had to)",
        "(i'm|im|i am) (so|very|really|truly|) sorry (you|you're|youre|that you|for your|about your|for what|that happened|this happened|it happened)",
        "(so|truly|deeply) sorry",
        # "I'm sorry" said to someone in distress is sympathy; the words are the apology's, so
        # the same phrase gives both behaviours and the scorer weighs them together
        "(i'm|im|i am|we're|we are) (so|very|really|truly|terribly|extremely|awfully|) sorry",
        "i (can|could) (understand|imagine|see|tell) (how|why|that|what)",
        "i (completely|totally|fully|really|do) understand",
        "i understand [how|why|that|your]",
        "i hear you",
        "that (must|would|sounds|can) (be|feel) ~ (frustrating|annoying|difficult|hard|stressful|upsetting|awful|tough|scary|worrying|painful|disappointing)",
        "that sounds (frustrating|annoying|difficult|hard|stressful|upsetting|awful|tough|scary|worrying|painful|disappointing|rough)",
        "(how|so) (frustrating|annoying|stressful|upsetting|awful|disappointing|sad)",
        "(must|would) be (so|very|really|) (frustrating|annoying|difficult|hard|stressful|upsetting|awful|tough)",
        "you (must|might) (be|feel) (so|very|really|) (frustrated|upset|worried|annoyed|disappointed|stressed|angry)",
        "(it's|its|it is) (completely|totally|perfectly|) (understandable|natural|normal|okay|ok) to (feel|be)",
        "(that's|thats|that is) (completely|totally|perfectly|) understandable",
        "(that's|thats|that is) (so|really|very|just|) (awful|terrible|horrible|rough|tough|sad|heartbreaking)",
        "(that|this) (sucks|stinks)",
        "i know (how|exactly how|just how) (frustrating|hard|difficult|stressful|annoying|you feel|you're feeling|it feels)",
        "i('d|would) (feel|be) (the same|frustrated|upset)",
        "in your (shoes|position|place)",
        "(you're|youre|you are) not alone",
        "i feel (for|bad for) you",
        "i feel (you|your pain)",
        "i (can|totally|completely|really|definitely) relate",
        "(i've|ive|i have) been (there|through that|through this|through the same)",
        "(i'm|im|i am) (here|always here) for you",
        "i hope (you|you're|youre|your|things|everything|it all)",
        "(glad|happy) (to hear|for you)",
        "stay strong",
        "(sending|big|virtual) (hugs|hug)",
        "i wish i could (help|do|make|give|take|fix)",
        "(i'm|im|i am) (so|very|really|) sorry (that|you|this) ~ (happened|had to|went through)",
        # condolence without a subject ("Sorry to hear that", "Sorry for your loss")
        "sorry to hear",
        "sorry (for|about) your",
        # well-wishing and encouragement: warmth towards the listener's situation
        "(hope|hopefully) (you|you're|youre|your|things|everything|it all)",
        "(good|best of) luck",
        "(hang in there|keep going|keep it up|keep fighting|keep your head up)",
        "(you've|youve|you have|you) got this",
        "you can do (it|this)",
        "(stay|be) (strong|safe)",
        "(hugs|aww*)",
        "proud of you",
        "congrat*",
        # shared feeling and joy for the listener
        "i know the feeling",
        "i (totally|completely|really|) get (it|that|you)",
        "(i'm|im|i am) (so|really|very|) (glad|happy) (that|you|you're|youre|it|to see)",
        "(that's|thats|that is) (so|really|) (great|awesome|amazing|wonderful|fantastic)",
    ),
    "paraphrase": (
        "[so|just] (to make sure|to be sure) i (understand|understood|get) [you|this|that] [correctly|right]",
        "(so|just) if i (understand|understood|get) [you|this|that] [correctly|right]",
        "if i (understand|understood|hear|heard|get) [you|this|that|it] (correctly|right|clearly)",
        "(i hear|i'm hearing|im hearing|i am hearing) (you saying|that you|you say)",
        "(correct|tell) me if (i'm|im|i am) wrong",
        "(so|it sounds like|sounds like) (what|) (you're|youre|you are) saying",
        "(are you|is that what you're|is that what you are) saying",
        "what (i'm|im|i am) (hearing|understanding|getting) (is|from)",
        "from what (i|i'm|im|i am|you) (hear|hearing|understand|gather|said|say|describe|told me|wrote)",
        "(do|did) i (understand|get|hear) (that|this|it|you) (correctly|right)",
        "i gather",
        "(it sounds|sounds|it seems|seems) like (you|you're|youre|your)",
        "(so|and) (it|this|that) (sounds|seems)",
        "(just|so) to (confirm|clarify|recap|summari*)",
        "(let me|let's|lets) (make sure|recap|summari*|confirm)",
        "(you're|youre|you are) saying (that|)",
        "(is|was) that (right|correct|true|accurate)",
        "(right|correct) ?",
        "(am i|have i got|did i get) (that|this|it) right",
        "in other words",
        "(so|) (basically|essentially) (you|your)",
        # "so you feel...", "so your boss..." restate; "so (that) you can" states a purpose
        "so (you|you're|youre|your)",
        "to summari*",
    ),
    "options_offered": (
        "(you|we) (can|could) (either|also|choose|try|opt|pick|always)",
        "(you|u) (should|could)",
        "(you|u) (can|might|may) (try|consider|want to|look*|talk|speak|ask|reach out|find|start|join|check|call|contact|write|search|apply|use|get in touch)",
        "(one|another|the other|a second|a third) option (is|would be|could be)",
        "(one|another) (thing|idea|way) (you|that|to|would|could|might|is)",
        "(there are|we have|i have|i can offer) (a few|a couple|two|three|several|some) (options|ways|choices|alternatives|possibilities)",
        "(your|the) options (are|include)",
        "(alternatively|otherwise|instead)",
        "(would|do) you (prefer|like) ~ or",
        "(have you|did you|have you ever) (tried|try|considered|thought about|thought of|looked into)",
        # a course of action put as a question of ability ("Could you talk to him?")
        "(could|can) you (try|talk|speak|reach out|contact|call|join|find|get|go|spend|set|consider|start)",
        # asking about willingness or possibility puts the step forward ("Would you consider ...?")
        "(would|could) you [ever] (consider|be able to|be willing to|be open to|be prepared to)",
        "would it be possible",
        "would (that|this|it) be (an option|something)",
        "(you|we) (might|may) (want to|consider|try)",
        "(i|i'd|we|we'd|i would|we would) [really|highly|strongly|still|definitely|also] (suggest|recommend|advise|urge)",
        "(i|i'd|we|we'd|i would|we would) (start|begin) (by|with)",
        "if i (were|was) you",
        # an evaluative frame around an action ("it's good to", "the best thing is to")
        "(it's|its|it is|it would be|it might be|it can be|it may be) [really|also|always|often|probably|very] (good|helpful|best|worth|useful|important|a good idea|beneficial|wise) (to|for you)",
        "the best (thing|you can do)",
        "go for it",
        "(is there|is it possible) (a way|any way|for you) to",
        "(my|one|a) (suggestion|recommendation|tip) (is|would be)",
        "my advice (is|would be)",
        "(it|it's|its|it is|that|this) (might|may|could|would|can) [really|also|definitely|probably] (help|be worth)",
        "(it|that|this) (might|may|could|would) be (a good idea|helpful|worth|beneficial|good|best|useful|wise)",
        "(why not|how about|what about|why don't you) (try*|consider*|you|taking|talking|going|getting|looking|reaching|starting|joining|writing|making|doing|asking|finding|calling|reading)",
        "(maybe|perhaps) (you|u|try|trying|consider|considering|talk|talking|look|looking|find|take|start|ask|reach|join|write|call|make|set|spend|get|go|check|invite|see|it's time|it would|it might|it could)",
        # imperative advice softened by an adverb ("just try", "also consider")
        "(just|also|please|definitely|first|then|maybe) (try|talk|reach out|look|take|give|consider|find|ask|call|write|join|spend|set|start|focus|remember|make sure)",
        "try (to|and|out|talking|doing|writing|getting|going|making|taking|reaching|finding|looking|using|spending|reading|listening|watching|something|some|it|that|this|a|an)",
        "(if you prefer|if you'd rather|if you would rather)",
        "either ~ or",
        # a means put forward as helpful ("talking to a friend can really help"); the agent's own
        # offer ("I can help") is suppressed
        "(can|could|might|may|will|would) [definitely|really|also|probably|actually|often] help",
        # deontic advice ("you need to rest"); "you must be tired" is a guess, not advice
        "(you|u) (need|have|ought) to",
        "(it|that|this) [often|really|usually|also|always|definitely] helps (to|you|with|me|a lot)",
    ),
    "escalation": (
        "(escalat*|transfer*|forward*|refer*|pass*|hand*) (this|it|you|your) ~ (to|over to) (a|our|my|the) ~ (supervisor|manager|specialist*|team|department|colleague|engineer|technician|expert|tier)",
        "(speak|talk|connect you) (to|with) (a|my|our|the) (supervisor|manager|specialist|team lead)",
        "(escalat*) (this|it|your)",
        "(i've|i have|i'll|i will|let me) (raised|raise|opened|open|logged|log|create*|file*) (a|an) (ticket|case|request|complaint)",
        "(supervisor|manager|specialist team|technical team|engineering team) (will|can|should) ~ (contact|call|email|reach out|look into|get back)",
    ),
    "abuse_warning": (
        "if (you|the) ~ (language|abuse|swearing|insults|shouting|tone) (continues|continue|persists|doesn't stop|does not stop)",
        "(i|we) (will|would|'ll) (have to|need to|be forced to) (end|terminate|disconnect|close) (this|the) (call|chat|conversation)",
        "(please|kindly) (refrain|stop) (from|) (using|swearing|cursing|insulting|shouting|that language)",
        "(i|we) (do not|don't|dont|won't|will not|cannot|can't) (accept|tolerate) ~ (language|abuse|behaviour|behavior|insults)",
        "(that|this|such) (language|behaviour|behavior) (is not|isn't|is un) (acceptable|appropriate|necessary)",
        "keep (this|the|our) conversation (respectful|civil|professional)",
    ),
    "commitment": (
        "(i'll|ill|i will|we'll|we will|i'm going to|we're going to|i am going to|we are going to) (call|email|send|get back|follow up|contact|reach out|update|check|make sure|look into|process|arrange|schedule|ship|refund|credit|book|text|message|let you know|keep you|escalate|fix|sort|resolve|take care|monitor)",
        "(you'll|you will|you should) (receive|get|hear|see) ~ (within|by|in|tomorrow|today|shortly|soon|back)",
        "(i|we) (promise|commit) (to|that|)",
        "(i've|i have|we've|we have) (sent|scheduled|booked|arranged|processed|issued|credited|refunded|ordered|dispatched|raised|logged)",
        "expect (a|an|the|your) ~ (call|email|refund|update|reply|response|technician|delivery) ~ (within|by|in|tomorrow|today)",
    ),
    "over_promise": (
        "(i|we) (guarantee|promise you)",
        "(guaranteed|100 percent|100%|one hundred percent)",
        "(definitely|certainly|absolutely) (be|get|arrive|fixed|resolved|happen|work) ~ (today|tonight|tomorrow|now|immediately)",
        "(this|it) will never happen again",
        "(never|won't|will not) happen again",
        "(i|we) (can|will) (definitely|absolutely|certainly) (fix|resolve|get|have)",
        "no (problem|issue) at all ~ (guarantee*|promise*)",
    ),
    "hedge": (
        "i (think|believe|guess|suppose) (that|it|this|you|maybe|so|the)",
        "(maybe|perhaps|possibly|probably)",
        "(i'm|im|i am) not (sure|certain|positive)",
        "i (don't|dont|do not) (really|) know",
        "(no idea|not entirely sure|not a hundred percent)",
        "(it|that) (might|may|could) (be|have)",
        "(kind of|sort of|i assume|as far as i know|if i recall|i would assume)",
        "(should|might) (work|be fine|be okay)",
    ),
    "negative_framing": (
        "(we|i|you) (can't|cannot|can not|cant|won't|wont|will not|are unable to|am unable to|aren't able to|are not able to|am not able to) ~ (do|offer|give|help|change|provide|allow|accept|make|refund|process|cancel|issue|let|go|send|replace|fix|extend|waive|honor|honour)",
        "(we|i) (don't|do not|dont) (offer|allow|accept|provide|refund|give|support|ship|deliver|cover|issue|do that|do refunds|do exchanges)",
        "(unfortunately|unfortunatly|regrettably|sadly)",
        "(that's|thats|that is|it's|its|it is) (not possible|impossible|not allowed|not something|out of our hands|out of my hands|against our policy|against the policy)",
        "(there's|theres|there is) nothing (i|we) can do",
        "no way",
        "not (my|our) (problem|fault|responsibility|department)",
        "(that's|thats|that is) (our|the|company) policy",
        "(you|you'll|you will) (have to|need to|must) (wait|call|go|contact)",
        "(i|we) (have|had) no (choice|option)",
    ),
    "positive_framing": (
        "(i'd|id|i would|we'd|we would|i'll|we'll) be (happy|glad|delighted|pleased) to",
        "(happy|glad|delighted|pleased) to (help|assist|look|check|explain|do|sort|take care)",
        "what (i|we) can do (is|for you)",
        "(i|we) (can|could) (definitely|certainly|absolutely) ~ (help|do|sort|arrange|offer|get)",
        "(absolutely|certainly|of course|sure thing|no problem|my pleasure|with pleasure)",
        "(great|good|excellent|wonderful|perfect) (question|news|choice|idea)",
        "the good news is",
        "(let's|lets|let us) (get|sort|fix|take care|figure|work)",
        "(i'd|id|i would) love to",
        "(you're|youre|you are) (welcome|very welcome)",
    ),
    # Politeness strategies of Danescu-Niculescu-Mizil et al. (2013) that are not already a
    # behaviour of their own (gratitude, apology and greetings are): indirect requests,
    # counterfactual modals, "please" inside a sentence, deference and praise. (Softening
    # "perhaps you could" and "I hope" are left to options_offered and empathy_statement.)
    # Not catalogued behaviours: signals feeding positive_language (docs/concepts/scoring.md).
    "courtesy": (
        "please",
        "kindly",
        "(could|would) you",
        "(can|will) you",
        "(would|do) you mind",
        "(would|will) it be (possible|ok|okay|alright|all right|fine)",
        "is it (possible|ok|okay|alright)",
        "if (it's|it is) (possible|not too much|no trouble|convenient|ok|okay)",
        "if you (don't mind|do not mind|wish|like)",
        "(if|when|whenever) you (have|get) (a|the|some) (chance|moment|minute|time)",
        "(i|we) (would|'d) (appreciate|be grateful)",
        "(i'd|id|we'd) (appreciate|be grateful)",
        "(i was|i am|i'm|im|we were|we are) (just|) wondering",
        "i wonder (if|whether)",
        "i (think|guess|suppose) (you|we) (could|might|may)",
        "(may|might|can|could) (i|we) (ask|help|trouble)",
        "by the way",
        "btw",
        "(great|good|nice|excellent|fantastic|awesome|brilliant|amazing|wonderful|terrific|superb|outstanding|splendid|impressive) (job|work|point|catch|suggestion|stuff|effort|efforts|contribution|contributions|find|article|post|answer|addition|additions|edit|edits|writing|call|thinking)",
        "(looks|sounds|seems) (good|great|fine|nice|perfect|interesting|excellent|reasonable)",
        "(well|nicely) (done|said|put)",
        "(congratulations|congrats|kudos|bravo)",
        "hope (this|that|it) (helps|helped|works|makes sense)",
        "no (worries|rush|hurry|pressure)",
        "(do|would) you (think|agree|happen to|have a moment|have a minute|have time)",
        "what (do|would) you (think|reckon|suggest|say|prefer|recommend)",
        "any (thoughts|objections|suggestions|ideas|comments|feedback)",
        "your (thoughts|opinion) (on|about|please|?)",
        "thoughts ?",
        "(need|want|like) (some|any|my|a) (help|hand)",
        "(need|want) help",
        "what can (i|we) do to help",
        "(do|would) you (want|need) (me|us) to",
        "(does|would|will) (that|this|it) (sound|seem|look) (ok|okay|good|alright|reasonable|fine|like)",
        "(is|would|will) (that|this|it) be (ok|okay|alright|fine|acceptable)",
        "if (that's|thats|that is|this is) (ok|okay|alright|fine|acceptable)",
        # positive lexicon (weak on its own; counted at the courtesy weight)
        "(wow|nice|cool|awesome|excellent|perfect|brilliant|wonderful|lovely|splendid|fantastic|glad|pleased)",
        "is there (any|a|some) (way|chance)",
        "(at|take) your (time|convenience|leisure)",
        "your (help|patience|understanding|input|advice|feedback|support|time) (is|are|would be|will be) (much|greatly|really|) (appreciated|welcome|valued)",
    ),
    # The impolite strategies of the same study: challenging direct questions, second-person
    # directives, factuality ("in fact"), dismissals and the negative lexicon.
    "discourtesy": (
        "why (do|does|did|would|are|is|was|were|didn't|don't|doesn't|can't|cannot|won't|wouldn't|haven't|hasn't|isn't|wasn't|aren't|weren't|should|shouldn't|on earth|the hell|have|has|had|couldn't)",
        "how (come|dare)",
        "why ?",
        "since when",
        "come on",
        "(could|would|can|will) you not",
        "you (keep|insist|continue to)",
        "(i'm|im|i am) (disappointed|annoyed|frustrated|fed up|sick of|tired of)",
        "how (can|could) you (say|think|claim|call|justify|possibly|not|be so|expect|ignore)",
        "what (is|was|'s) (your|the) (problem|point|deal|excuse|big deal)",
        "what (the|in the) (hell|heck|fuck)",
        "what (were|are) you (thinking|doing|talking about|on about)",
        "(who|what) (gives|gave) you the right",
        "who do you think",
        "are you (serious|kidding|joking|blind|stupid|crazy|insane|even)",
        "do you (even|really) (know|understand|read|care)",
        "did you (even|bother|not)",
        "(you|u) (need to|have to|must|should|ought to|better|'d better|had better)",
        "(in fact|the fact is|the fact remains|as a matter of fact|the truth is)",
        "(whatever|duh|give me a break|get a life|get real|grow up|get over it|so what)",
        "i (don't|do not|dont) (care|give a)",
        "(stop|quit) (it|that|this|doing)",
        "(leave|get) (me|it) alone",
        "(the|what the|as|to|from|like) (hell|heck)",
        "hell (no|yeah|yes)",
        "(stupid|idiot*|ridiculous|nonsense|absurd|pathetic|rubbish|garbage|crap|crappy|damn*|shit*|fuck*|wtf|silly|lame|moron*|dumb*|sucks|disgrac*|shameful|ignorant|ignorance|lazy|childish|hypocrit*|bullshit|bogus|liar|liars|lying|idiocy)",
    ),
    # Bald (unmitigated) questions put to the listener, the "direct question" strategy of the
    # same study; counted at half weight, so one courtesy marker outweighs two of them.
    # Matcher note: where two rules share a first word, the one whose next token is a
    # group can win over a longer literal continuation of another rule, so the subject words
    # that other rules continue ("is it possible", "is there any way", "is that right", "how
    # are you") are literal words here, and "how are/have you" is left to the greeting.
    "direct_question": (
        "(what|where|when|who) (did|are|were|should|will) (you|u)",
        "how (did|were|had|should|will) (you|u)",
        "(what|where|who) (is|was|are|were) (your|the|this|that|it)",
        "(what's|whats|where's|wheres|who's|whos|what're|how come)",
        "(did|are|were|have|has|didn't|don't|doesn't|aren't|isn't|haven't|hasn't|wasn't|weren't|won't|can't) you",
        "(is|was|isn't|wasn't|should|shouldn't|has|had|hasn't|does|doesn't|did|didn't) it",
        "(is|was|isn't|wasn't|should|shouldn't|has|had|hasn't|does|doesn't|did|didn't) this",
        "(is|was|isn't|wasn't|should|shouldn't|has|had|hasn't|does|doesn't|did|didn't) that",
        "(is|was|isn't|wasn't|should|shouldn't|has|had|hasn't|does|doesn't|did|didn't) there",
        "(is|was|isn't|wasn't|should|shouldn't|has|had|hasn't|does|doesn't|did|didn't) (he|she|they)",
        "what (happened|brought|made|makes|caused|gives)",
    ),
    "argumentative": (
        "(that's|thats|that is|this is|it's|its|it is) (not|simply not|just not) (true|correct|right|the case|what happened|what i said)",
        "(you're|youre|you are) (wrong|mistaken|incorrect|confused)",
        "(you|you've|you have) (misunderstood|misread|got it wrong)",
        "(actually|in fact|as a matter of fact) (you|that's|that is|it's|it is|no)",
        "(no|nope) (it|that) (is not|isn't|isnt|wasn't|was not|does not|doesn't)",
        "(that's|thats|that is) not how (it|this|that) works",
        "(you|you've|you have) (clearly|obviously) (didn't|did not|don't|do not|haven't|have not)",
        "(it's|its|it is) (your|not our) (fault|problem|mistake)",
        "(i'm|im|i am) not (arguing|going to argue)",
    ),
    "condescension": (
        "(as|like) i (already|just|previously) (said|told you|explained|mentioned)",
        "as (i|i've|i have) (said|explained|told you) (before|already|earlier)",
        "i (already|just) (told|explained|said)",
        "(obviously|clearly|simply|just) (you|click|read|follow|go|do)",
        "(it's|its|it is|that's|thats|that is) (really|very|quite|) (simple|easy|basic|obvious)",
        "(any|every) (child|kid|one) (can|could|knows)",
        "(did|do) you (even|not) (read|listen|understand)",
        "(you|you'd|you would) (need|have) to (read|listen) (carefully|properly|more carefully)",
        "(i'll|i will|let me) (explain|say) (it|this) (again|one more time|slowly)",
        "pay attention",
    ),
    "impatience": (
        "calm down",
        "(relax|chill out|settle down)",
        "(stop|quit) (shouting|yelling|complaining|interrupting)",
        "(i|we) (don't|do not|dont) have (all day|time for this)",
        "(hurry|make it quick|get to the point)",
        "(how many times|for the last time|again and again)",
        "(listen|look) (to me|here)",
    ),
    "unauthorized_concession": (
        "(just|only) this (once|one time)",
        "(i'll|i will|let me|i can) (make|do) an exception",
        "(i'm|im|i am) not (supposed|really supposed|allowed) to ~ but",
        "(don't|dont|do not) tell (anyone|anybody|my manager|my supervisor)",
        "(i'll|i will|let me|i can) (waive|refund|credit|give you) ~ (free|for free|on the house|no charge) ~ (this time|just this once|anyway)",
        "(against|outside|breaking|bend*) (the|our|company) (policy|rules)",
        "off the record",
    ),
    "follow_up_check": (
        "(did|does|has|have|is) (that|this|it) (fix*|solve*|resolve*|work*|help*|sort*|answer*)",
        "(is|does) (everything|it|that) (work*|look*|seem*) (ok|okay|fine|good|now|better|correctly)",
        "(can|could) you (check|confirm|try|test|see) (if|whether|that|again|now)",
        "(let me know|tell me|please confirm) (if|whether|when) (that|this|it|everything|the|you)",
        "is there anything else",
        "(anything|something) else (i|we) can (help|do|assist)",
        "(i'll|i will|we'll|we will) (follow up|check back|check in)",
        "(has|have) (your|the) (issue|problem) been",
    ),
    "greeting": (
        "(hi|hello|hey|hiya|greetings)",
        "good (morning|afternoon|evening|day)",
        "welcome (to|back|aboard)",
        "(thanks for calling|thanks for contacting|thanks for reaching out|thanks for getting in touch)",
        "(my name is|you're speaking with|you are speaking with)",
        "this is ~ (speaking|here to help)",
        "how (can|may) (i|we) (help|assist)",
        "what can (i|we) do for you",
        "how (are|have) you [been|doing]",
        "how's it going",
        "(happy|merry) (birthday|belated|holidays|new year|christmas|thanksgiving|easter|weekend|friday|anniversary)",
    ),
    "closing": (
        "(have|enjoy) a (great|good|nice|lovely|wonderful) (day|evening|weekend|afternoon|night|one)",
        "(bye|goodbye|take care|all the best|best regards|kind regards|regards|sincerely)",
        "(thanks|thank you) for (calling|contacting|choosing|being|your time|your call|your business|your patience)",
        "(don't|dont|do not) hesitate to (contact|reach|get in touch|call)",
        "feel free to (contact|reach|get in touch|call|write)",
    ),
    "_suppress": (
        "thank (god|goodness|heavens|heaven|the lord|lord)",
        "(thanking|thank) heaven*",
        "no thank*",
        "thanks to",
        "(say|said|says|saying|tell|told) (thank you|thanks|thanks to|sorry)",
        # (spelled with the thanks rule's own groups so that the two share a trie path)
        "(i|we) [really|truly|do|greatly|sincerely|very much] appreciate (it|that|this|you|your|the|all|everything|any) (when|how)",
        "sorry (but|to say)",
        "(pardon|excuse|forgive) (me|us) (but|what)",
        # a repair initiator ("Sorry?", "Pardon me?", "I'm sorry, what?") asks for a repeat
        "(sorry|pardon|i beg your pardon) ?",
        "(pardon|excuse|forgive) (me|us) ?",
        "(i'm|im|i am|oh) sorry ?",
        "(sorry|pardon|excuse me|pardon me|i'm sorry|im sorry|i am sorry) what",
        # pity and the adjective "sorry" (a sorry state) are no apology
        "(feel|feels|felt|feeling) (so|really|very|kind of|sort of|kinda|awful|bad|real|) sorry",
        "sorry for (him|her|them|those|these|people|anyone|everyone|the people|myself)",
        "better safe than sorry",
        # trying in the first person reports the agent's attempts, it suggests nothing
        "(i|we) (try|tried)",
        # the agent's own offer of help ("I can help with that") puts no option forward
        "(i|we) (can|could|will|would|might|may) [also] help",
        "(i'd|we'd|i'll|we'll|ill) [also] help",
        "(i'll|i will|i'm going to|im going to|i am going to|we'll|i'd|i would|let me|i've|ive|i have|we've) (try|tried)",
        "(i'm|im|i am|we're|we are) trying",
        "so (that|) (you|u) (can|will|would|won't|wont|don't|dont|do not|get to|have)",
        "(sort|kind) of like",
        "(i|you) (don't|dont|do not) (care|mind)",
    ),
}

CUSTOMER_RULES: dict[str, tuple[str, ...]] = {
    "customer_abuse": (
        # swearing (Davidson et al. label even mild expletives "offensive": be consistent)
        "(fuck*|fck*|fuk*|fukk*|phuck*|shit*|bullshit|crap|crappy|damn|damned|goddamn*|dammit|wtf|stfu|gtfo|mofo*|muthaf*|mothaf*)",
        "(the|as|to|from|like|what) hell",
        "hell (no|yeah|yes|of a)",
        # insults
        "(idiot*|moron*|stupid|dumb*|imbecile*|retard*|clown*|loser*|pathetic|useless|incompetent|worthless|scum*|jerk*|jackass*)",
        "(bitch*|bastard*|asshole*|dick|dicks|dickhead*|prick|pricks|twat*|cunt*|wanker*|arse|arses|arsehole*|ass|azz|piss*|whore*|slut*|hoe|hoes|hoez|thot|thots|skank*|douche*|motherf*|pussy|pussies|tits|titties|cock|cocks|cocksucker*)",
        "(is|are|so|such|you|ur|u|you're|youre|that's|thats|all|straight|pure|white) trash",
        "trash (ass|bitch*|hoe*|people|person|company|service)",
        "(you|ur|u|you're|youre|your) ~ (ugly|fat)",
        # slurs
        "(nigg*|nicca*|nig|niglet*|fag|fags|faggot*|dyke*|homo|homos|spic|spics|wetback*|tranny|trannies|kike*|gook*|beaner*|towelhead*|wigger*|chink|chinks)",
        # dismissals, curses and threats at the listener
        "(shut up|screw you|go to hell|get lost|drop dead|kiss my|eat shit|suck*)",
        "you (people|guys|lot) (are|suck) ~ (useless|idiots|incompetent|pathetic|joke|clowns|thieves|scammers|crooks)",
        "(thieves|scammers|crooks|liars|frauds)",
        "(i'll|i will|i'm going to|im going to|gonna|i'm gonna|im gonna) (destroy|kill|hunt|beat|punch|slap|shoot|hurt) (you|your|u|ur)",
        "(go|just|hope you|you should) (die|kill yourself)",
        "kys",
    ),
    "customer_frustration": (
        "(frustrat*|annoy*|angry|furious|upset|fed up|sick of|tired of|disappoint*|unacceptable|ridiculous|outrageous|terrible|horrible|awful|worst|disgust*|livid|pissed|infuriat*|appalling|shocking|absurd)",
        "(this|it|that) (is|was) (a joke|insane|crazy|a nightmare|a disgrace|a mess)",
        "(still|again|yet again|once again) (not|no|nothing|waiting|broken|down|doesn't|does not|isn't|didn't)",
        "(how|why) (many|long) (times|more|do i|have i|must i|am i)",
        "(no one|nobody|noone) (has|is|ever|will|cares|helps|called|answered|replied|responded)",
        "(i've|i have|i've been|i have been) (been waiting|waited|called|emailed|asked) ~ (times|hours|days|weeks|months|already|twice|again)",
        "(what|wtf) (is going on|a joke)",
        "(cancel|canceling|cancelling|leave|leaving|switch*) (my|the) (account|service|subscription|contract)",
        "(want|demand|need) (a|my) (refund|money back|manager|supervisor)",
        "(never|not) (again|acceptable|good enough|happy|satisfied|impressed)",
        "waste of (time|money)",
        "(can't|cannot|can not) believe",
        "(poor|bad|lousy|crap|shit|pathetic|terrible|horrible|awful|worst) (service|support|customer service|attitude|experience|quality)",
        "complain*",
        "(i'll|i will|i'm going to|going to) (sue|report you|take legal|go to the press)",
        "are you (kidding|joking|serious)",
        "(why|how) (don't|didn't|won't|can't|cannot|couldn't|wouldn't) you",
        "how (can|could) you (say|do|charge|treat|expect|ask|let|be|ignore)",
        "(don't|do not|can't|cannot|no longer) (trust|believe) (you|your|this|that|it)",
        "(still|yet to be|never been|not been|not yet|not) (solved|resolved|fixed|sorted|handled)",
        "(unsolved|unresolved)",
        "you (always|never|keep) ~ (ask*|tell*|say*|reply|respond|answer|call|fix|help|listen|ignor*|send*)",
        "(nonsense|rubbish|shameless*|irresponsible|perfunctory|unreliable|cheat*|deceiv*|rip off|ripped off|scam*|misleading|lied|lying)",
        "(no|any) (response|reply|answer|feedback|solution|call) (yet|so far|at all|till now|until now)",
        "(what|how much) (more|else|longer) (do|must|should|can|will) (i|you)",
        "(i've|i have|i had|i) already (told|sent|given|provided|explained|called|messaged|done|reported|tried)",
        "(lost|losing|run out of|ran out of) (my|all my|) (patience|trust)",
        "(waste|wasted|wasting) (my|so much|a lot of|) (time|money|energy)",
        "(go|going|drive me|driving me|makes me) (mad|crazy|insane)",
        "(irrelevant|unfixed|pointless|meaningless)",
        "(same|canned|template|standard|automatic|automated|robot|robotic) ~ (response|responses|reply|replies|answer|answers)",
        "not the first time",
        "(i|we) (need|want|demand|deserve) (an|a|some) (explanation|answer|solution|apology)",
        "(can't|cannot|won't|don't) you (understand|see|read|just|even)",
        "why (shall|should|must|do|would|have|am) i",
        "(no need|don't need|do not need|needn't) to (reply|respond|call|contact|check|ask|bother)",
        "(keep|kept|keeps) (saying|asking|telling|repeating)",
        "(is that|that's|thats) all ?",
    ),
    "clarification_request": (
        "what (do|did) you mean",
        "(i|i'm|im|i am) (don't|dont|do not|not sure i|still don't|still do not) (understand|follow|get it|get what)",
        "(i'm|im|i am) (confused|lost)",
        "(can|could) you (explain|clarify|rephrase|repeat|say that again|elaborate)",
        "(what|which) (is|are) (a|an|the|) ~ (you mentioned|you said|you talking about)",
        "(sorry|pardon) ?",
        "(come again|say again|huh|what's that|whats that|meaning what)",
        "(that|this) (doesn't|does not|makes no) (make sense|sense)",
        "what does (that|this|it) mean",
    ),
    "customer_thanks": (
        "thank*",
        "thx",
        "ty",
        "(i|we) (really|) appreciate",
        "much appreciated",
        "(cheers|grateful)",
        "(that|this) (helped|helps|worked|works|fixed it|did it|did the trick)",
        "(great|perfect|awesome|excellent|brilliant|wonderful) (thanks|thank you|help|service|job)",
        "you('ve|'re| have| are) (been|) (very|so|really|a great|super) (helpful|kind|great)",
        # the problem is solved: the reaction a thank-you stands for, even without the words
        "(it|this|that|everything|problem|issue|it's|its) (is|was|has been|) (solved|resolved|fixed|sorted)",
        "(works|working|ok|okay|fine|normal|good|right) now",
        "(i've|i have|i) (received|got|get) ~ (refund|money|package|parcel|order|replacement|call|it)",
        "i (got|get) it",
        "(very|so|really|super) (helpful|kind|fast|quick|efficient|professional|patient|dedicated|considerate|responsive)",
        "(good|great|excellent|fast|quick|prompt|efficient|nice|wonderful|perfect) (job|work|response|reply|support|answer|solution)",
        "(well done|praise|kudos|bravo)",
        "(that's|thats|that is|it's|it is) (great|perfect|wonderful|fantastic|awesome|brilliant|excellent)",
        # accepting the answer ("OK, I'll try it"): the reply settled the turn
        "(ok|okay|alright|all right|fine|good|great|sure|got it|i see|understood|noted) (i'll|i will|thanks|thank|then|i see|got it|i understand|no problem)",
        "(ok|okay|alright|good|great|perfect) !",
        "(i'll|i will|let me) (try|give it a try|have a try|wait|check it)",
        "(i'm|im|i am) looking forward",
        "(i'm|im|i am) (very|so|really|quite|) (satisfied|happy|pleased|impressed|grateful)",
        "thumbs up",
        "(that's|thats|that is|it's|it is|really|very|so) (good|nice|helpful)",
        "(works|working|worked|runs|running) (fine|well|normally|perfectly|properly)",
        "(i|we) (support|recommend|like|love) (you|your)",
    ),
    "customer_leave_taking": (
        "(bye|goodbye|byebye|bye bye|cheerio|ciao)",
        "take care",
        "talk to you (later|soon)",
        "(i've|i have|i've got|i got|i gotta|i need|i have got) to (go|run|get going)",
        "(i|i'd) (better|should) (go|let you go|get going)",
    ),
    "_suppress": (
        "thank (god|goodness|heavens)",
        "no thank*",
        "thanks for nothing",
        "(not|never) upset",
        "(no|not) (a|any) problem",
    ),
}

NEGATORS: tuple[str, ...] = (
    "not",
    "never",
    "no",
    "n't",
    "don't",
    "dont",
    "doesn't",
    "didn't",
    "won't",
    "wont",
    "can't",
    "cant",
    "cannot",
    "isn't",
    "wasn't",
    "aren't",
    "hardly",
    "without",
)

_WH = ("what", "which", "when", "where", "why", "how", "who", "whose", "whom")
_AUX = (
    "do", "does", "did", "is", "are", "was", "were", "am", "can", "could", "would", "will",
    "should", "shall", "may", "might", "must", "have", "has", "had",
    "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "can't", "won't", "wouldn't",
    "couldn't", "shouldn't", "haven't", "hasn't",
)
_SUBJECT = ("you", "i", "we", "it", "that", "this", "there", "they", "he", "she", "your", "u")

# Openers of a question without its "?" (chat). A wh-word counts only before an auxiliary
# ("what do you ..."): "what I did was ..." and "when I was young" are statements. An auxiliary
# counts only before a subject ("are you ...", "is it ..."). The first words of these openers
# also tell an interrogative sentence from a declarative question ("You lost it?").
QUESTION_OPENERS: tuple[str, ...] = (
    *(f"{wh} {aux}" for wh in _WH for aux in _AUX),
    *(
        f"{wh} {w}"
        for wh in ("what", "which", "how")
        for w in ("kind", "sort", "type", "else", "about", "if", "many", "much", "long", "often")
    ),
    *(f"{aux} {subj}" for aux in _AUX for subj in _SUBJECT),
    # contracted "is" ("what's wrong", "how's work")
    *(f"{wh}{s}" for wh in ("what", "where", "how", "who") for s in ("'s", "s")),
    "any",
    "anything",
    "anyone",
    # a request for information in the imperative ("Tell me what happened")
    "tell me",
    "tell us",
)

# A subject before the question word: "so you are ...?", "you are ...?" do not invert.
SUBJECT_PRONOUNS: frozenset[str] = frozenset({"you", "u", "we", "they", "he", "she"})

# Imperative advice: a sentence that *opens* with a base-form verb of doing and is no question
# ("Try to rest.", "Make sure you eat.", "Maybe talk to her."). Verbs that also open
# questions ("do", "have") or closings ("take care", "have a nice day") are left out, and so
# are verbs that urge keeping a state ("keep", "stay", "remember"): they reassure; "let"
# and "tell" only with a third party as object ("let me know" asks, it advises nothing).
_PEOPLE = ("them", "him", "her", "someone", "somebody", "your", "people", "others", "yourself")
ADVICE_VERBS: tuple[str, ...] = (
    "try", "take some", "take time", "take a", "take the", "take it", "take things",
    "talk", "speak", "consider", "seek", "find", "focus",
    "give", "start", "reach out", "set", "spend", "ask", "call", "contact", "write", "join",
    "look", "avoid", "practice", "practise", "get", "go to", "go for", "go out", "go see",
    "use", "plan", "read", "think about",
    "make sure", "make time", "make a", "make some", "allow yourself", "treat yourself",
    "be", "learn", "listen", "visit", "schedule", "check", "search", "apply", "stick",
    "surround yourself", "distract yourself", "remind yourself", "put", "write down", "open up",
    "don't be afraid", "dont be afraid", "do not be afraid", "don't let", "dont let",
    "don't forget", "dont forget", "never forget",
    *(f"{verb} {who}" for verb in ("let", "tell", "show") for who in _PEOPLE),
    # a statement opening with a hedge ("Maybe a walk would help.") is a tentative suggestion
    "maybe",
    "perhaps",
)
ADVICE_SOFTENERS: tuple[str, ...] = (
    "so", "maybe", "perhaps", "just", "please", "also", "and", "then", "first", "firstly",
    "now", "but", "well", "ok", "okay", "definitely", "really", "still", "always",
)

STOP_WORDS: frozenset[str] = frozenset(
    """a about above after again against all am an and any are aren't as at be because been before
    being below between both but by can can't cannot could couldn't did didn't do does doesn't doing
    don't down during each few for from further had hadn't has hasn't have haven't having he he'd
    he'll he's her here here's hers herself him himself his how how's i i'd i'll i'm i've if in
    into is isn't it it's its itself let's me more most mustn't my myself no nor not of off on once
    only or other ought our ours ourselves out over own same shan't she she'd she'll she's should
    shouldn't so some such than that that's the their theirs them themselves then there there's
    these they they'd they'll they're they've this those through to too under until up very was
    wasn't we we'd we'll we're we've were weren't what what's when when's where where's which while
    who who's whom why why's with won't would wouldn't you you'd you'll you're you've your yours
    yourself yourselves just also im ive dont cant will get got yes yeah ok okay oh um uh well
    like please thanks thank hi hello sorry really know think one""".split()  # noqa: SIM905
)
