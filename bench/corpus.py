"""A deterministic synthetic archive for benchmarks: words, tags, people and threads as plain tuples.

Pure Python, no database: ``Corpus(CorpusConfig(questions=N, seed=S))`` describes the archive,
and the row builders yield tuples in the column order of the ``*_COLUMNS`` constants, ready for
``COPY`` or ``bulk_create`` (``bench/generate_corpus.py`` does the writing).

The same configuration always gives the same content: every random choice comes from
``random.Random`` seeded with the seed and a purpose ("tags", "threads"...), never from the
clock, and nothing iterates over a set. Times are offsets from 2024-01-01 UTC.

The text is built to look like a forum, statistically:

* a vocabulary of about 2,000 words (function words first, then everyday English and
  dermatology words) sampled with Zipf weights, so word frequencies follow a power law;
* tag popularity follows a Zipf law too (weight proportional to 1/rank**1.07) over about
  3,000 readable tags made from conditions, body sites and qualifiers;
* every thread mentions its tags in its title, question and answer, so text similarity and
  shared tags go together, and tags of one condition tend to appear together;
* with ``zh_share``, that share of the threads is written in Traditional Chinese from the phrase
  banks of ``bench/corpus_zh.py`` (their own random stream: with no share, nothing changes).
"""

from __future__ import annotations

import random
import re
from bisect import bisect
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from html import escape
from itertools import accumulate

from bench import corpus_zh
from bench.corpus_zh import tag_name_zh

_NOT_SLUG = re.compile(r"[^a-z0-9]+")

BASE_TIME = datetime(2024, 1, 1, tzinfo=UTC)
THREAD_SPAN = timedelta(days=730)  # threads are spread evenly over two years from BASE_TIME
EMAIL_DOMAIN = "corpus.invalid"  # .invalid never resolves: no corpus email can reach anyone.
UNUSABLE_PASSWORD = "!corpus-unusable"  # noqa: S105 - starts with "!": Django's mark of an unusable password
TAG_ZIPF_EXPONENT = 1.07
WORD_ZIPF_EXPONENT = 1.0

DEPARTMENTS = (
    ("dermatology", "Dermatology", "Skin, hair and nail problems in adults."),
    (
        "pediatric-dermatology",
        "Pediatric Dermatology",
        "Skin, hair and nail problems in babies, children and teenagers.",
    ),
)
DERMATOLOGY, PEDIATRIC = "dermatology", "pediatric-dermatology"

# --- Column orders of the rows the builders yield (database column names) ---------------------

USER_COLUMNS = (
    "id", "password", "is_superuser", "username", "first_name", "last_name", "email",
    "is_staff", "is_active", "date_joined", "email_confirmed_at", "pseudonym", "language",
)
QUESTION_COLUMNS = (
    "id", "asker_id", "asker_pseudonym", "title", "slug", "body", "age_bracket", "sex", "department_id",
    "duration", "itch", "pain", "tried", "original_title", "original_body", "original_tried", "privacy_keep",
    "privacy_hide", "triage_findings", "triage_priority", "publish_consent_at", "decline_reason",
    "decline_note", "status", "asked_at", "published_at", "updated_at", "language",
)
# The synthetic text holds no personal details: the public copies are the text as typed, so the
# original_* columns are empty (qa.models.TypedText).
ANSWER_COLUMNS = ("id", "question_id", "doctor_id", "body", "original_body", "more_info", "original_more_info",
                  "more_info_html", "body_html", "summary", "answered_at", "updated_at", "language")
QUESTION_TAG_COLUMNS = ("id", "question_id", "tag_id")
BODY_SITE_COLUMNS = ("id", "question_id", "site")

# --- Vocabulary --------------------------------------------------------------------------------
# Lowercase ASCII letters only (so a title's slug is its words joined by hyphens). Ranked roughly
# by how often forum posts use them: function words, then the words of nearly every skin question,
# then everyday English interleaved with dermatology terms.

FUNCTION_WORDS = """
the and i a to my it is of in on have that this for with was but not be are as at so if or do has
had been about what can they from when there any some which would should could will just also very
more than then after before now over only up out no like get got one two all me you your she he her
his we our its them their how why where who because since until while into through during without
again still even much many most other such own same few each both off down back first last next new
old too here an by did does am were being let us him yet ever every something anything nothing
""".split()  # noqa: SIM905 - a word list reads best as text

CORE_WORDS = """
skin rash itchy itch red cream doctor spots bumps dry area face patch patches treatment pain weeks
months days years ago started appeared noticed tried using used worse better help please thanks
small around spreading itching redness swelling swollen burning sore painful symptoms medicine
pharmacy appointment dermatologist photo advice worried normal bad time day week month year
""".split()  # noqa: SIM905 - a word list reads best as text

EVERYDAY_WORDS = """
today yesterday tomorrow morning afternoon evening night weekend hour minute second moment season
summer winter spring autumn monday tuesday wednesday thursday friday saturday sunday january february
march april june july august september october november december early late soon recently lately
always usually often sometimes rarely never once twice daily weekly monthly already suddenly slowly
quickly gradually finally later earlier mother father mom dad parents son daughter baby child
children kid kids boy girl husband wife partner brother sister family friend friends teacher nurse
pharmacist colleague boss neighbour grandmother grandfather grandma grandpa aunt uncle cousin toddler
infant teenager adult man woman people person everyone someone nobody anybody house home room bedroom
bathroom kitchen bed pillow sheets blanket towel towels shower bath soap shampoo conditioner water hot
cold warm cool detergent laundry clothes shirt pants socks shoes boots gloves hat jacket coat dress
underwear jeans wool cotton silk fabric sofa chair table floor carpet window door garden yard plants
flowers grass tree trees dog cat cats pet pets horse car bus train bike phone computer screen mirror
razor brush comb makeup perfume jewelry ring necklace earrings watch glasses mask bag bottle cup plate
spoon food eat eating ate diet milk cheese eggs egg bread rice pasta meat chicken fish seafood shrimp
nuts peanuts fruit fruits apple apples orange oranges banana strawberries tomatoes vegetables salad
sugar chocolate coffee tea juice wine beer alcohol spicy salty sweet breakfast lunch dinner snack meal
meals drink drinking vitamin vitamins supplements work job office school class university exams study
homework meeting travel trip holiday vacation beach pool swimming gym exercise running walking hiking
sports football soccer basketball tennis yoga cycling dancing sleep sleeping nap rest stress stressed
busy tired relax hobby cooking cleaning gardening painting reading music movie games city town country
village sea lake mountain forest park street hospital clinic store shop market hotel airport abroad
outside inside weather sun sunny rain rainy wind windy humid humidity heat snow air temperature degrees
climate go going went gone come came coming see saw seen look looks looked looking seem seems seemed
feel feels felt feeling think thought know knew known want wanted need needed try trying use make
made take took taken give gave given put keep kept start stop stopped begin began continue continued
leave left stay stayed change changed grow grew grown spread spreads appear appears disappear
disappeared return returned happen happened happens show showed tell told say said ask asked answer
wonder hope hoped worry wait waited find found notice notices call called buy bought apply applied
applying wash washed washing scratch scratched scratching rub rubbed touch touched pick picked squeeze
squeezed shave shaved shaving cut wear wore wearing sleeps wake woke live lived move moved worked play
played read write wrote helped cause caused causes improve improved improving heal healed healing cover
covered avoid avoided check checked visit visited prescribe prescribed recommend recommended suggest
suggested mention mentioned remember forgot believe understand explain describe compare include
increase decrease reduce reduced bleed bleeding crack cracked sting burn burns peel peeled flake swell
itches hurts hurt ache aching big bigger tiny little long short high low light dark darker pale brown
black white pink purple yellow blue green grey clear rough smooth soft hard thick thin raised flat
round oval irregular shiny dull wet moist greasy sticky tender mild severe serious strange weird odd
unusual common rare different similar whole entire main several single double constant occasional
sudden slow fast quick gentle strong weak natural simple easy difficult possible impossible sure unsure
certain likely unlikely safe dangerous healthy sick ill fine okay good great nice happy sad afraid
scared nervous anxious embarrassed frustrated annoyed upset calm careful important expensive cheap
available young older elderly pregnant active visible noticeable obvious faint bright deep shallow
really quite rather pretty almost nearly exactly probably maybe perhaps definitely actually especially
mostly mainly partly completely totally slightly fairly extremely enough either neither instead
otherwise however although though unless whether anyway somehow somewhere everywhere nowhere body head
hair scalp forehead eyebrows eyes eyelids nose cheeks cheek lips mouth chin jaw ears ear neck throat
shoulder shoulders chest breast breasts stomach belly abdomen waist hips hip buttocks groin thigh
thighs leg legs knee knees shin shins ankle ankles foot feet heel heels toe toes toenails nails nail
finger fingers fingertips thumb hand hands palm palms wrist wrists arm arms elbow elbows armpit armpits
joints joint muscle muscles bone blood veins three four five six seven eight nine ten twenty hundred
half quarter dozen couple third money cost price insurance waiting list result results test tests
specialist referral visits prescription dose doses tablet tablets pill pills capsule injection
injections side effects effect reaction reactions problem problems issue issues question questions
answers reason reasons idea ideas information picture pictures video internet online website forum
article search confidence confident ashamed shy hide hiding concealer foundation powder life habit
habits routine routines health condition conditions disease diseases history age weight height size
shape colour color texture pattern line lines edge edges border center middle top bottom side sides
right front surface layer amount level number part parts piece group type kind sort form way ways
thing things stuff place point end follow followed worsen worsened flare flared trigger triggered
triggers irritate irritated react reacted tested treat treated treating diagnose diagnosed prevent
prevented protect protected moisturize moisturizing cleanse soak soaked dried drying cooled freeze
frozen remove removed removal pop popped drain drained leak leaking ooze oozing smell smells itchier
worst best bumpy lumpy blotchy patchy spotty crusty scabby watery tight numb tingling stinging wedding
birthday party christmas school holidays exam interview date picture selfie camera light lamp
sunlight shade umbrella sweater scarf blanket heater fan conditioning radiator window steam sauna
smoke smoking cigarettes vaping caffeine energy water bottle glass hydration thirsty hungry weight
loss gain pounds kilos tall short boyfriend girlfriend fiance roommate classmate coworker manager
client customer hairdresser barber salon nails manicure pedicure tattoo tattoos piercing piercings
earring gym locker changing shared towels sheets mattress dust mites mould mold damp plants gardening
soil sand salt chlorine ocean waves surf ski skiing snowboarding mountains hiking camping tent insects
mosquitoes ticks fleas bees wasps ants spiders grass pollen hay fever season seasons allergies
sneezing coughing cough cold flu fever virus covid vaccine vaccination shot booster antibiotics course
finished finishing stopping started starting restart continued continuing worried worrying concerned
concern fear afraid panic calm patience patient waiting appointment appointments booked booking
cancelled doctor doctors gp family practice urgent emergency room ambulance hospital stay months
weeks years decades childhood adulthood puberty menopause pregnancy breastfeeding period periods
hormones hormonal cycle pill contraception thyroid diabetes blood pressure cholesterol heart kidney
liver asthma arthritis migraine depression anxiety medication medications drugs dosage ibuprofen
paracetamol aspirin painkillers sleeping pills vitamin supplement iron zinc fish oil probiotics
collagen biotin turmeric honey aloe vera coconut olive tea tree lavender oatmeal vinegar lemon baking
soda home remedy remedies natural organic fragrance free unscented hypoallergenic gentle harsh
scrub scrubs exfoliate exfoliating exfoliation mask masks toner serum serums oil oils balm balms gel
gels spray sprays foam wipes cotton pads tissue tissues ice pack compress bandage plaster dressing
tape gauze tweezers needle scissors nail clippers file brush brushes washcloth sponge loofah bathtub
sink tap filter hard soft well city tap able across against ahead allow almost alone along
already anyone anywhere apart area arrive attention aware away awful baby bake band bank bar base basic
basically bath battery beard beauty become became bedtime beginning behaviour belt bend beside besides
bigger bit bitten blame bleeding blow board boat book borrow bother bottom bowl box brain branch break
breath breathe bring brought brush build bump bunch burst butter button calf calendar campus candle
card care carry case catch caught chance cheap chemical choice choose chose church clean clearly climb
close closed cloth coast collar community company complain complete cook corner couch count cover crazy
cream crowd cry cure curious cycle damage dance deal decide decided deodorant describe desk detail
diary dirt dirty dish doctor dozen drawer dream drive driving drop dust duty eager easily edge effort
elastic else email empty end enjoy enough evening event exact example except expect explain extra fact
factory fair fall fallen far farm fashion fat favourite fear field fight figure fill final fine fire
fit fix flat flight floor fly fold folk forget forward free fresh fridge front full fun funny future
gain gather gentle gift glad goal gold golf guess guest guy habit handle hang hardly hate health hear
heard heavy height hold hole honest honestly horrible huge hurry ignore image imagine improve inch
indeed instead iron island itself jump keen kept key kind knock knot lack ladder land laptop large
later laugh lay lazy lean learn least leather less lesson lie lift limit link listen load local lock
lose lost lot loud lovely lucky machine mail manage mark match matter meal mean measure memory mention
mess message metal mind minor miss mistake mix modern moment mostly mountain mud nail narrow near neat
nervous noise noisy note nurse office ordinary outdoor oven pack page pain pair paper parent pass past
path pay pen pencil perfect perfectly phone pick piece pile pink plain plan plastic plenty pocket poor
popular post pour pray prefer prepare present press pretend print private pull pump push quiet quit
race rail raise rarely reach ready real reason receive record relief rent reply report rid ride rise
risk road rock roll roof rope rule rush sand save scared schedule screen seat secret sell send sense
serve set settle shake shame share sharp shelf shift shine ship shop shout shut sight sign silly sing
sit skip sky smart smile sock solve song sound space speak special speed spend spot square stage stair
stairs stand star state station steady step stick stiff stone story straight stretch string strip
stuck style sudden suit summer sunny support surprise sweet swim switch system tail talk taste teach
team tear terrible thick thin throw ticket tidy tie tight tiny tip toilet tool tooth total tough towel
town toy track trade traffic trouble truck true trust truth turn twist uncle unit upper upset usual
valley value van vest view voice wall wander warm waste weak wear wet wheel whisper wide wild win wind
wipe wise wish wonderful wood word world worry wrap wrong yard yell young
""".split()  # noqa: SIM905 - a word list reads best as text

DERMATOLOGY_WORDS = """
lesion lesions nodule nodules papule papules pustule pustules plaque plaques macule macules vesicle
vesicles crust crusting crusts ulcer ulcers scar scars scarring pigment pigmentation melanin follicle
follicles pore pores sebum oily sweat sweating keratin epidermis dermis subcutaneous eczema psoriasis
acne rosacea hives warts wart mole moles melanoma carcinoma fungus fungal bacterial viral infection
infections infected inflammation inflamed allergy allergic allergen irritant irritation sensitive
burning blisters blister pimples pimple whiteheads blackheads cyst cysts boil boils abscess scaly flaky
peeling scales flakes dandruff ringworm impetigo cellulitis shingles herpes scabies lice nits mites
fungi yeast candida bacteria staph strep virus hpv molluscum chickenpox measles urticaria dermatitis
atopic contact seborrheic perioral nummular dyshidrotic stasis keratosis actinic seborrhoeic lichen
planus sclerosus vitiligo melasma freckles lentigo lentigines hyperpigmentation hypopigmentation
erythema purpura petechiae bruise bruises bruising telangiectasia angioma hemangioma birthmark
birthmarks nevus naevus keloid keloids hypertrophic atrophic stretch marks striae cellulite wrinkles
lines aging sunburn sunburned tan tanning uv uva uvb spf sunscreen sunblock photosensitivity
hydrocortisone steroid steroids topical oral ointment ointments lotion lotions moisturizer
moisturizers emollient emollients barrier repair ceramides petroleum jelly vaseline antihistamine
antihistamines cetirizine loratadine fexofenadine antibiotic antifungal antiviral antiseptic
retinoid retinoids retinol tretinoin adapalene isotretinoin benzoyl peroxide salicylic glycolic
lactic azelaic acid acids niacinamide zinc sulfur tea doxycycline minocycline clindamycin
erythromycin metronidazole ivermectin permethrin ketoconazole clotrimazole miconazole terbinafine
fluconazole itraconazole nystatin acyclovir valacyclovir mupirocin fusidic tacrolimus pimecrolimus
calcipotriol betamethasone clobetasol mometasone triamcinolone prednisolone prednisone methotrexate
cyclosporine dupilumab biologic biologics phototherapy cryotherapy biopsy dermatoscope dermatoscopy
excision laser peel peels microneedling injections filler botox spironolactone contraceptive hormonal
flare flares flareup remission chronic acute recurrent relapse diagnosis prognosis benign malignant
cancer cancerous precancerous screening examination exam checkup sample lab culture swab scraping
microscope patch testing prick allergist immunologist rheumatologist pediatrician dermatology clinic
sebaceous apocrine eccrine glands gland lymph nodes itchiness tenderness discharge pus crusted weeping
oozing bleeding raw cracked fissures thickened thickening lichenified hyperkeratosis calluses callus
corns corn verruca verrucae plantar palmar periungual subungual cuticle cuticles onychomycosis
paronychia ingrown brittle ridges pitting discoloration discolouration yellowing thinning shedding
alopecia baldness receding hairline bald follicular folliculitis ingrowns razor bumps hirsutism
hyperhidrosis odor odour bromhidrosis intertrigo chafing friction moisture maceration diaper nappy
cradle cap milia heat rash miliaria prickly chilblains frostbite burns scald scalds wound wounds
healing scab scabs stitches sutures dressing antibacterial chlorhexidine bleach baths wet wraps
soap substitute cleanser cleansers noncomedogenic comedones comedone blemish blemishes breakout
breakouts clogged congested texture redness flushing flush blushing veins capillaries dilated broken
rosacea papulopustular ocular demodex mites sensitive reactive stinging burning dryness dehydrated
tightness barrier damaged sunspots ageing photoaging elasticity firmness collagen elastin lymphoma
squamous basal carcinoma melanocytic dysplastic atypical asymmetry borders diameter evolving
""".split()  # noqa: SIM905 - a word list reads best as text

# Conditions: (tag name, pediatric?). Listed roughly from the most to the least asked about.
CONDITIONS = (
    ("acne", False), ("eczema", False), ("psoriasis", False), ("rosacea", False), ("hives", False),
    ("warts", False), ("moles", False), ("hair loss", False), ("dry skin", False), ("itchy skin", False),
    ("fungal infection", False), ("seborrheic dermatitis", False), ("contact dermatitis", False),
    ("atopic dermatitis", True), ("melasma", False), ("vitiligo", False), ("shingles", False),
    ("cold sores", False), ("scabies", False), ("folliculitis", False), ("keratosis pilaris", True),
    ("nail fungus", False), ("dandruff", False), ("sunburn", False), ("skin tags", False),
    ("seborrheic keratosis", False), ("actinic keratosis", False), ("hyperpigmentation", False),
    ("acne scars", False), ("blackheads", False), ("milia", True), ("perioral dermatitis", False),
    ("hidradenitis suppurativa", False), ("hyperhidrosis", False), ("alopecia areata", False),
    ("ingrown hairs", False), ("razor bumps", False), ("ingrown toenails", False), ("paronychia", False),
    ("brittle nails", False), ("nail psoriasis", False), ("lichen planus", False), ("lichen sclerosus", False),
    ("pityriasis rosea", False), ("tinea versicolor", False), ("urticaria", False), ("angioedema", False),
    ("dermatographism", False), ("drug rash", False), ("heat rash", True), ("diaper rash", True),
    ("cradle cap", True), ("baby acne", True), ("hand foot and mouth disease", True), ("chickenpox", True),
    ("molluscum contagiosum", True), ("head lice", True), ("impetigo", True), ("cellulitis", False),
    ("boils", False), ("epidermoid cysts", False), ("lipoma", False), ("melanoma", False),
    ("basal cell carcinoma", False), ("squamous cell carcinoma", False), ("sun spots", False),
    ("freckles", False), ("stretch marks", False), ("keloids", False), ("scars", False),
    ("insect bites", True), ("bed bug bites", False), ("spider bites", False), ("chilblains", False),
    ("blisters", False), ("calluses", False), ("corns", False), ("cracked heels", False),
    ("sensitive skin", False), ("oily skin", False), ("dermatitis herpetiformis", False),
    ("bullous pemphigoid", False), ("pemphigus", False), ("lupus rash", False), ("dermatomyositis", False),
    ("morphea", False), ("granuloma annulare", False), ("cherry angioma", False), ("spider veins", False),
    ("venous eczema", False), ("leg ulcers", False), ("petechiae", True), ("bruising", False),
    ("erythema nodosum", False), ("erythema multiforme", False), ("intertrigo", False),
    ("candida rash", True), ("genital warts", False), ("ringworm", True), ("athlete foot", False),
    ("jock itch", False), ("photosensitivity", False), ("polymorphic light eruption", False),
    ("xanthelasma", False), ("port wine stain", True), ("hemangioma", True), ("birthmarks", True),
    ("cafe au lait spots", True), ("dysplastic nevus", False), ("prurigo nodularis", False),
    ("lichen simplex", False), ("nummular eczema", False), ("dyshidrotic eczema", False),
    ("hand eczema", False), ("eczema herpeticum", True), ("sebaceous hyperplasia", False),
    ("syringoma", False), ("pilar cysts", False), ("dermatofibroma", False), ("keratoacanthoma", False),
    ("cholinergic urticaria", False), ("allergic reaction", False), ("poison ivy rash", False),
    ("swimmer itch", False), ("tattoo reaction", False), ("pyogenic granuloma", True),
    ("mastocytosis", True), ("telogen effluvium", False), ("pattern hair loss", False),
    ("pitted keratolysis", False), ("body odor", False), ("chafing", False), ("pruritus", False),
)

# Body sites: (phrase after the condition, BodySite code of qa.models, or "" when none fits).
SITES = (
    ("on the face", "face"), ("on the scalp", "scalp"), ("on the hands", "hands"), ("on the back", "back"),
    ("on the legs", "legs"), ("on the feet", "feet"), ("on the arms", "arms"), ("on the chest", "chest"),
    ("on the neck", "neck"), ("in the groin", "groin"), ("on the nails", "nails"), ("all over the body", "whole_body"),
    ("on the cheeks", "face"), ("on the forehead", "face"), ("on the eyelids", "face"), ("around the mouth", "face"),
    ("on the lips", "face"), ("around the eyes", "face"), ("behind the ears", "face"), ("on the chin", "face"),
    ("on the elbows", "arms"), ("in the armpits", "arms"), ("on the fingers", "hands"), ("on the palms", "hands"),
    ("on the knees", "legs"), ("on the thighs", "legs"), ("on the shins", "legs"), ("between the toes", "feet"),
    ("on the soles", "feet"), ("on the toenails", "nails"), ("on the buttocks", "groin"), ("on the belly", "chest"),
    ("on the shoulders", "back"), ("under the breasts", "chest"),
)

QUALIFIERS = (
    "chronic", "recurring", "childhood", "adult", "mild", "severe", "infected", "itchy", "painful",
    "sudden", "widespread", "persistent", "seasonal", "stubborn", "early", "late", "inflamed", "bleeding",
    "scaly", "dark", "red", "treatment resistant",
)

BODY_SITE_CODES = (
    "scalp", "face", "neck", "chest", "back", "arms", "hands", "groin", "legs", "feet", "nails", "whole_body",
)

# --- Sentence templates that mention a tag ({t}; {T} when it starts the sentence) ---------------

QUESTION_MENTIONS = (
    "I think I have {t}.",
    "Could this be {t}?",
    "My doctor once said it might be {t}.",
    "I read online about {t} and now I am worried.",
    "Is {t} something that goes away on its own?",
    "The {t} seems worse at night.",
    "My sister also had {t} a few years ago.",
    "What is the best treatment for {t}?",
    "I have tried many creams for the {t}.",
    "Does {t} leave scars?",
    "Can stress make {t} worse?",
    "Is {t} contagious?",
    "{T} runs in my family.",
    "The pharmacist thought it was {t}.",
)
ANSWER_MENTIONS = (
    "From your description this looks like {t}.",
    "{T} is common and usually treatable.",
    "For {t}, a gentle skin care routine helps a lot.",
    "Most cases of {t} improve within a few weeks of treatment.",
    "I would not worry too much about {t} at this stage.",
    "If the {t} keeps coming back, please see a dermatologist in person.",
    "A short course of treatment usually settles {t}.",
    "Photos taken over time help to follow {t}.",
    "It is worth ruling out {t} as well.",
    "{T} is not dangerous, but it can be stubborn.",
    "Moisturizer every day helps with {t}.",
)
TITLE_PREFIXES = (
    ("Could this be", "?"), ("Is this", "?"), ("Question about", ""), ("Help with", "?"), ("Worried about", ""),
    ("How to treat", "?"), ("What causes", "?"), ("Recurring", ""), ("Sudden", ""), ("Persistent", ""),
    ("Child with", ""), ("Strange", ""), ("Is it", "?"), ("Not sure if it is", "?"), ("Advice on", "?"),
)
TRIED = (
    "Hydrocortisone cream for a week.",
    "A moisturizer twice a day.",
    "Antihistamines from the pharmacy.",
    "An antifungal cream for two weeks.",
    "Changing my soap and detergent.",
    "Tea tree oil and aloe vera.",
    "Nothing yet.",
    "A steroid cream my doctor prescribed.",
    "Cold compresses and oatmeal baths.",
    "Benzoyl peroxide gel.",
    "Avoiding the sun and using sunscreen.",
    "An antibiotic cream.",
)

FIRST_NAMES = """
maria anna elena sofia laura julia clara sara emma nora lina mira ines rosa alice ruth amara leila yuki
mei hana priya aisha fatima olga irina marta helga ingrid astrid chloe zoe lucia paula carmen isabel
james john peter paul david daniel samuel thomas lucas mateo diego pablo marco luca ivan oleg erik lars
omar karim ali tariq kenji hiro wei jun arjun ravi kofi kwame tunde felix hugo oscar leo max noah adam
""".split()  # noqa: SIM905 - a word list reads best as text
LAST_NAMES = """
keller novak silva costa moreau dubois rossi ricci bianchi schmidt weber fischer wagner becker hoffmann
lindqvist berg nilsson larsen hansen jensen virtanen korhonen kowalski nowak horvat popescu ionescu
petrov ivanova papadopoulos yilmaz demir kaya haddad nasser rahman chowdhury sharma patel iyer nair
okafor mensah adeyemi diallo banda moyo tanaka sato suzuki yamamoto kim park lee choi nguyen tran pham
chen wang zhang liu huang lin garcia lopez martinez gonzalez fernandez ortiz reyes morales santos
""".split()  # noqa: SIM905 - a word list reads best as text
HOSPITALS = (
    "Riverside General Hospital", "Northgate Skin Clinic", "St. Columba University Hospital", "Harbour View Clinic",
    "Meadowbrook Medical Centre", "Lakeside Children's Hospital", "Old Town Dermatology", "Westfield Health Centre",
    "Hillcrest University Clinic", "Bayside Family Practice", "Cedar Grove Hospital", "Eastbridge Skin Centre",
    "Maple Street Clinic", "Kingsway Teaching Hospital", "Greenfield Medical Group", "Silver Birch Clinic",
)
PSEUDONYMS = FIRST_NAMES  # public names patients pick: first names, never anything identifying

FAQ_TITLES = (
    "{C}: causes, symptoms and treatment", "Understanding {t}", "Living with {t}", "{C}: what you need to know",
    "A practical guide to {t}", "{C} explained",
)
SECTION_HEADINGS = {
    "overview": "What is {t}?",
    "cause": "What causes {t}?",
    "symptoms": "Symptoms of {t}",
    "treatment": "How {t} is treated",
    "prevention": "Prevention and self-care",
    "urgent": "When to seek urgent help",
}
MIDDLE_SECTION_KINDS = ("cause", "symptoms", "treatment", "prevention")

AGE_BRACKETS = ("0-9", "10-19", "20-29", "30-39", "40-49", "50-59", "60-69", "70-79", "80+")
AGE_WEIGHTS = (6, 14, 24, 20, 13, 10, 7, 4, 2)
PEDIATRIC_AGE_WEIGHTS = (60, 40, 0, 0, 0, 0, 0, 0, 0)
SEXES, SEX_WEIGHTS = ("female", "male", "other"), (55, 42, 3)
DURATIONS, DURATION_WEIGHTS = ("", "days", "weeks", "months", "longer", "recurring"), (8, 18, 30, 22, 12, 10)
SEVERITIES, ITCH_WEIGHTS, PAIN_WEIGHTS = ("none", "mild", "severe"), (30, 45, 25), (60, 30, 10)
TAGS_PER_THREAD = (3, 4, 4, 5, 5, 5, 5, 6, 6, 7)  # picked uniformly: 3 to 7, five on average


LANGUAGE_EN, LANGUAGE_ZH = "en", "zh-hant"  # accounts.languages.Language values
# Question.slug of a title with no ASCII letters or digits (slugify keeps none of a Chinese title).
CHINESE_SLUG = "question"


def _dedupe(words) -> list[str]:
    return list(dict.fromkeys(words))


def build_vocabulary() -> list[str]:
    """About 2,000 distinct words, most frequent first (rank = position + 1)."""
    head = _dedupe([*FUNCTION_WORDS, *CORE_WORDS])
    seen = set(head)
    everyday = [w for w in _dedupe(EVERYDAY_WORDS) if w not in seen]
    seen.update(everyday)
    derm = [w for w in _dedupe(DERMATOLOGY_WORDS) if w not in seen]
    # Interleave: three everyday words, then one dermatology word, while both last.
    tail: list[str] = []
    e = d = 0
    while e < len(everyday) or d < len(derm):
        tail.extend(everyday[e:e + 3])
        e += 3
        tail.extend(derm[d:d + 1])
        d += 1
    vocabulary = _dedupe([*head, *tail])
    # Words of tag names that the lists above lack come last (they appear through mentions).
    extra = [w for name, _ in CONDITIONS for w in name.split()]
    extra += [w for phrase, _ in SITES for w in phrase.split()] + [w for q in QUALIFIERS for w in q.split()]
    return _dedupe([*vocabulary, *extra])


def zipf_cum_weights(n: int, exponent: float) -> list[float]:
    """Cumulative weights for ranks 1..n with weight 1/rank**exponent (for bisect sampling)."""
    return list(accumulate(1.0 / (rank**exponent) for rank in range(1, n + 1)))


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def _slug(words: Sequence[str]) -> str:
    """``slugify`` of lowercase ASCII words: the words joined by hyphens."""
    return "-".join(words)


def slugify_ascii(text: str) -> str:
    """Django's ``slugify`` for ASCII text, without importing Django."""
    return _NOT_SLUG.sub("-", text.lower()).strip("-")


def paragraphs_html(paragraphs: Sequence[str]) -> str:
    """Sanitized HTML for plain-text paragraphs, as ``qa.sanitize.render_markdown`` gives for them."""
    return "\n".join(f"<p>{escape(p, quote=False)}</p>" for p in paragraphs)


def plain_summary(paragraphs: Sequence[str], length: int = 220) -> str:
    """``qa.sanitize.html_excerpt(paragraphs_html(paragraphs), length)`` for ASCII text (Answer.summary)."""
    text = " ".join(" ".join(paragraphs).split())
    return text if len(text) <= length else text[: length - 1] + "…"


# --- Specifications of the small tables --------------------------------------------------------


@dataclass(frozen=True)
class TagSpec:
    name: str
    slug: str
    description: str
    name_zh: str  # the name in Traditional Chinese (Tag.name_zh), also used in Chinese text
    description_zh: str
    term: str  # the lowercase phrase used in text
    family: int  # index into CONDITIONS
    site_code: str  # a BodySite code, or ""
    pediatric: bool


@dataclass(frozen=True)
class PersonSpec:
    """A user: a patient, or a doctor's account."""

    username: str
    email: str
    first_name: str
    last_name: str
    pseudonym: str
    date_joined: datetime

    def user_row(self, pk: int) -> tuple:
        """A row in USER_COLUMNS order."""
        return (
            pk, UNUSABLE_PASSWORD, False, self.username, self.first_name, self.last_name, self.email,
            False, True, self.date_joined, self.date_joined + timedelta(minutes=7), self.pseudonym,
            "",  # no preferred language: pages in the language the browser asks for
        )


@dataclass(frozen=True)
class DoctorSpec:
    person: PersonSpec
    display_name: str
    slug: str
    department: str  # department slug
    hospital: str
    licence_number: str
    bio: str
    applied_at: datetime
    verified_at: datetime


@dataclass(frozen=True)
class SectionSpec:
    kind: str
    heading: str
    body: str
    body_html: str


@dataclass(frozen=True)
class ArticleSpec:
    title: str
    slug: str
    department: str
    summary: str
    reviewer: int  # index into Corpus.doctors
    last_reviewed_on: date
    created_at: datetime
    tags: tuple[int, ...]  # indexes into Corpus.tags
    sections: tuple[SectionSpec, ...]
    references: tuple[tuple[str, str], ...]  # (title, url)


@dataclass(frozen=True)
class ThreadIds:
    """Database ids the thread rows refer to, aligned with the corpus' lists."""

    question_start: int
    answer_start: int
    question_tag_start: int
    body_site_start: int
    patients: Sequence[int]  # user id of Corpus.patients[i]
    doctors: Sequence[int]  # DoctorProfile id of Corpus.doctors[i]
    tags: Sequence[int]  # Tag id of Corpus.tags[i]
    departments: dict[str, int] = field(default_factory=dict)  # department slug -> id


@dataclass(frozen=True)
class CorpusConfig:
    questions: int
    seed: int = 1
    doctors: int = 300
    faq: int = 300
    tags: int = 3000
    patients: int = 5000
    zh_share: float = 0.0  # the share of threads written in Traditional Chinese

    def __post_init__(self):
        if self.questions < 0 or self.faq < 0:
            raise ValueError("questions and faq cannot be negative")
        if self.doctors < 2:
            raise ValueError("at least 2 doctors are needed (one per department)")
        if not 1 <= self.tags <= max_tags():
            raise ValueError(f"tags must be between 1 and {max_tags()}")
        if self.patients < 1:
            raise ValueError("at least 1 patient is needed")
        if not 0 <= self.zh_share <= 1:
            raise ValueError("zh_share must be between 0 and 1")


def max_tags() -> int:
    n_c, n_s, n_q = len(CONDITIONS), len(SITES), len(QUALIFIERS)
    return n_c + n_c * n_s + n_c * n_q + n_c * n_s * n_q


# --- The corpus --------------------------------------------------------------------------------


class Corpus:
    """Everything the archive holds, derived from the configuration alone."""

    SENTENCE_POOL = 50_000  # sentences of the text pool (fewer for small archives)

    def __init__(self, config: CorpusConfig):
        self.config = config
        self.vocabulary = build_vocabulary()
        self._word_cw = zipf_cum_weights(len(self.vocabulary), WORD_ZIPF_EXPONENT)
        content_start = len(_dedupe(FUNCTION_WORDS))
        self._content_words = self.vocabulary[content_start:]
        self._content_cw = zipf_cum_weights(len(self._content_words), WORD_ZIPF_EXPONENT)
        self._sentences, self._sentence_words = self._sentence_pool()
        self.tags = self._tags()
        self._tag_cw = zipf_cum_weights(len(self.tags), TAG_ZIPF_EXPONENT)
        self._families = self._tag_families()
        self.doctors = self._doctors()
        self.patient_count = max(1, min(config.patients, config.questions))
        self._patients: list[PersonSpec] | None = None

    def _rng(self, purpose: str) -> random.Random:
        return random.Random(f"corpus:{self.config.seed}:{purpose}")

    # Text ------------------------------------------------------------------------------------

    def _sentence_pool(self) -> tuple[list[str], list[int]]:
        """Sentences of 5 to 16 Zipf-sampled words: the raw material of every text."""
        rng = self._rng("sentences")
        size = min(self.SENTENCE_POOL, max(2_000, 20 * (self.config.questions + self.config.faq)))
        lengths = [rng.randint(5, 16) for _ in range(size)]
        words = rng.choices(self.vocabulary, cum_weights=self._word_cw, k=sum(lengths))
        sentences, at = [], 0
        for length in lengths:
            chunk = words[at:at + length]
            at += length
            end = "?" if rng.random() < 0.1 else "."
            sentences.append(_capitalize(" ".join(chunk)) + end)
        return sentences, lengths

    def _sentences_for(self, rng: random.Random, n_words: int) -> list[str]:
        pool, pool_words, size = self._sentences, self._sentence_words, len(self._sentences)
        out: list[str] = []
        count = 0
        while count < n_words:
            j = int(rng.random() * size)
            out.append(pool[j])
            count += pool_words[j]
        return out

    # Tags ------------------------------------------------------------------------------------

    def _tags(self) -> list[TagSpec]:
        """Bare conditions first (most popular), then condition + site or qualifier, then both.

        Within each group, combinations of popular conditions, sites and qualifiers rank higher,
        with a seeded shuffle among neighbours. Names and slugs are unique by construction.
        """
        rng = self._rng("tags")
        wanted = self.config.tags
        specs: list[TagSpec] = []

        def add(ci: int, qualifier: str, site: tuple[str, str] | None) -> None:
            condition, pediatric = CONDITIONS[ci]
            parts = [qualifier, condition] if qualifier else [condition]
            if site is not None:
                parts.append(site[0])
            term = " ".join(parts)
            words = term.split()
            specs.append(TagSpec(
                name=_capitalize(term),
                slug=_slug(words)[:60].rstrip("-"),
                description=f"Questions about {term}.",
                name_zh=(name_zh := tag_name_zh(condition, qualifier, site[0] if site else "")),
                description_zh=f"關於{name_zh}的問題。",
                term=term,
                family=ci,
                site_code=site[1] if site else "",
                pediatric=pediatric,
            ))

        for ci in range(len(CONDITIONS)):
            add(ci, "", None)
            if len(specs) >= wanted:
                return specs
        pairs = [((ci + 1) * (si + 1) * (1 + rng.random()), ci, "", SITES[si])
                 for ci in range(len(CONDITIONS)) for si in range(len(SITES))]
        pairs += [((ci + 1) * (qi + 1) * (1 + rng.random()), ci, QUALIFIERS[qi], None)
                  for ci in range(len(CONDITIONS)) for qi in range(len(QUALIFIERS))]
        pairs.sort(key=lambda p: p[0])
        for _, ci, qualifier, site in pairs:
            add(ci, qualifier, site)
            if len(specs) >= wanted:
                return specs
        triples = [((ci + 1) * (si + 1) * (qi + 1) * (1 + rng.random()), ci, qi, si)
                   for ci in range(len(CONDITIONS)) for si in range(len(SITES)) for qi in range(len(QUALIFIERS))]
        triples.sort(key=lambda p: p[0])
        for _, ci, qi, si in triples[: wanted - len(specs)]:
            add(ci, QUALIFIERS[qi], SITES[si])
        return specs

    def tag_aliases(self) -> list[tuple[int, str, str]]:
        """(tag index, alias, language) for the bare condition tags: lay words in English and
        Chinese (TagAlias rows). No two aliases compare equal (their keys are unique)."""
        aliases, keys = [], set()
        for index, spec in enumerate(self.tags):
            condition = CONDITIONS[spec.family][0]
            if spec.term != condition:
                continue
            names = [(a, LANGUAGE_EN) for a in corpus_zh.ENGLISH_ALIASES.get(condition, ())]
            names += [(a, LANGUAGE_ZH) for a in corpus_zh.condition_zh(condition)[2]]
            for name, language in names:
                key = " ".join(name.casefold().split())
                if key not in keys:
                    keys.add(key)
                    aliases.append((index, name, language))
        return aliases

    def _tag_families(self) -> list[tuple[list[int], list[float]]]:
        """Per tag: the tags of its condition with their cumulative Zipf weights."""
        members: dict[int, list[int]] = {}
        for index, spec in enumerate(self.tags):
            members.setdefault(spec.family, []).append(index)
        weights = {f: list(accumulate(1.0 / ((i + 1) ** TAG_ZIPF_EXPONENT) for i in m)) for f, m in members.items()}
        return [(members[spec.family], weights[spec.family]) for spec in self.tags]

    def _pick_tags(self, rand, k: int) -> list[int]:
        """``k`` distinct tags: Zipf over all tags, with a pull toward the first tag's condition."""
        tag_cw, total, families = self._tag_cw, self._tag_cw[-1], self._families
        k = min(k, len(tag_cw))
        first = bisect(tag_cw, rand() * total)
        chosen = [first]
        members, fam_cw = families[first]
        while len(chosen) < k:
            if len(members) > 1 and rand() < 0.3:
                t = members[bisect(fam_cw, rand() * fam_cw[-1])]
            else:
                t = bisect(tag_cw, rand() * total)
            if t not in chosen:
                chosen.append(t)
        return chosen

    # People ----------------------------------------------------------------------------------

    def _doctors(self) -> list[DoctorSpec]:
        """Doctor ``i`` depends only on the seed and ``i``; every fourth one (from the second)
        is a pediatric dermatologist."""
        rng = self._rng("doctors")
        seed = self.config.seed
        doctors = []
        for i in range(self.config.doctors):
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            applied = BASE_TIME - timedelta(days=200 + rng.randint(0, 400))
            display = f"Dr. {first.title()} {last.title()}"
            person = PersonSpec(
                username=f"corpus-s{seed}-dr{i:04d}",
                email=f"corpus-s{seed}-dr{i:04d}@{EMAIL_DOMAIN}",
                first_name=first.title(),
                last_name=last.title(),
                pseudonym="",
                date_joined=applied,
            )
            bio = " ".join(self._sentences_for(rng, 25))
            doctors.append(DoctorSpec(
                person=person,
                display_name=display,
                slug=f"{first}-{last}-s{seed}-{i}",
                department=PEDIATRIC if i % 4 == 1 else DERMATOLOGY,
                hospital=rng.choice(HOSPITALS),
                licence_number=f"CORPUS-{seed}-{i:05d}",
                bio=bio,
                applied_at=applied,
                verified_at=applied + timedelta(days=rng.randint(1, 14)),
            ))
        return doctors

    @property
    def patients(self) -> list[PersonSpec]:
        """The askers. Patient ``i`` depends only on the seed and ``i``."""
        if self._patients is None:
            rng = self._rng("patients")
            seed = self.config.seed
            self._patients = []
            for i in range(self.patient_count):
                pseudonym = rng.choice(PSEUDONYMS).title() if rng.random() < 0.25 else ""
                joined = BASE_TIME - timedelta(seconds=rng.randint(0, 365 * 86400))
                self._patients.append(PersonSpec(
                    username=f"corpus-s{seed}-p{i:05d}",
                    email=f"corpus-s{seed}-p{i:05d}@{EMAIL_DOMAIN}",
                    first_name="", last_name="", pseudonym=pseudonym, date_joined=joined,
                ))
        return self._patients

    # Threads ---------------------------------------------------------------------------------

    def threads(self, ids: ThreadIds) -> Iterator[tuple[tuple, tuple, list[tuple], list[tuple]]]:
        """Per thread: (question row, answer row, question-tag rows, body-site rows).

        Every question is answered and published, answered by a doctor of its department, and
        asked before it was published. Rows follow the ``*_COLUMNS`` orders.
        """
        cfg = self.config
        rng = self._rng("threads")
        rand = rng.random
        n = cfg.questions
        patients = self.patients
        pseudonyms = [p.pseudonym for p in patients]
        patient_ids = ids.patients
        n_patients = len(patients)
        tags, tag_ids = self.tags, ids.tags
        terms = [t.term for t in tags]
        cap_terms = [_capitalize(t.term) for t in tags]
        term_words = [t.term.split() for t in tags]
        term_wc = [len(w) for w in term_words]
        site_codes = [t.site_code for t in tags]
        pediatric_tag = [t.pediatric for t in tags]
        dept_ids = {slug: ids.departments.get(slug, 0) for slug, _, _ in DEPARTMENTS}
        by_dept: dict[str, tuple[list[int], list[float]]] = {}
        for slug in (DERMATOLOGY, PEDIATRIC):
            members = [ids.doctors[i] for i, d in enumerate(self.doctors) if d.department == slug]
            # A few doctors answer much more than the rest.
            by_dept[slug] = (members, zipf_cum_weights(len(members), 0.8))
        derm_doctors, derm_cw = by_dept[DERMATOLOGY]
        ped_doctors, ped_cw = by_dept[PEDIATRIC]
        derm_id, ped_id = dept_ids[DERMATOLOGY], dept_ids[PEDIATRIC]

        def table(values, weights):
            return list(values), list(accumulate(weights))

        ages, age_cw = table(AGE_BRACKETS, AGE_WEIGHTS)
        ped_ages, ped_age_cw = table(AGE_BRACKETS[:2], PEDIATRIC_AGE_WEIGHTS[:2])
        sexes, sex_cw = table(SEXES, SEX_WEIGHTS)
        durations, duration_cw = table(DURATIONS, DURATION_WEIGHTS)
        itches, itch_cw = table(SEVERITIES, ITCH_WEIGHTS)
        pains, pain_cw = table(SEVERITIES, PAIN_WEIGHTS)

        def mentions(templates):
            return [(t, len(t.format(t="x", T="X").split()) - 1) for t in templates]

        q_mentions, a_mentions = mentions(QUESTION_MENTIONS), mentions(ANSWER_MENTIONS)
        n_qm, n_am = len(q_mentions), len(a_mentions)
        prefixes = [(p.split(), end) for p, end in TITLE_PREFIXES]
        content, content_cw = self._content_words, self._content_cw
        content_total = content_cw[-1]
        sentences_for = self._sentences_for
        pick_tags = self._pick_tags

        step = THREAD_SPAN.total_seconds() / max(n, 1)
        qt_id, site_id = ids.question_tag_start, ids.body_site_start
        base = BASE_TIME
        empty_flags: list = []
        said_cache: dict[tuple[bool, int, int], str] = {}

        def text(templates, n_templates, mention_tags, lo, hi, para):
            target = int(rng.triangular(lo, hi - 15, lo + (hi - lo) // 4))
            said, words = [], 0
            for t in mention_tags:
                k = int(rand() * n_templates)
                template, twc = templates[k]
                w = twc + term_wc[t]
                if words + w > target - 10:
                    break
                key = (templates is a_mentions, k, t)
                sentence = said_cache.get(key)
                if sentence is None:
                    sentence = said_cache[key] = template.format(t=terms[t], T=cap_terms[t])
                said.append(sentence)
                words += w
            body = sentences_for(rng, target - words)
            for sentence in said:
                body.insert(int(rand() * (len(body) + 1)), sentence)
            return [" ".join(body[a:a + para]) for a in range(0, len(body), para)]

        # Chinese threads draw their text from a random stream of their own, and the choice of a
        # thread's language too: with no Chinese share, the English archive is exactly as before.
        zh_share = cfg.zh_share
        zh_rand = self._rng("zh").random
        chinese_text = corpus_zh.ChineseText(self.tags, [c for c, _ in CONDITIONS], zh_rand) if zh_share else None
        zh_tried = chinese_text.tried if chinese_text else None

        for i in range(n):
            qid = ids.question_start + i
            zh = zh_share and zh_rand() < zh_share
            chosen = pick_tags(rand, TAGS_PER_THREAD[int(rand() * 10)])
            first = chosen[0]
            if pediatric_tag[first]:
                age = ped_ages[bisect(ped_age_cw, rand() * ped_age_cw[-1])]
            else:
                age = ages[bisect(age_cw, rand() * age_cw[-1])]
            pediatric = age == "0-9" or (age == "10-19" and (pediatric_tag[first] or rand() < 0.5))
            if pediatric:
                department_id = ped_id
                doctor_id = ped_doctors[bisect(ped_cw, rand() * ped_cw[-1])]
            else:
                department_id = derm_id
                doctor_id = derm_doctors[bisect(derm_cw, rand() * derm_cw[-1])]
            p = int(rand() * n_patients)

            if zh:
                title, body, answer_paragraphs = chinese_text.thread(chosen)
                slug, tried_list, language = CHINESE_SLUG, zh_tried[chosen[0]], LANGUAGE_ZH
            else:
                # Title: 6 to 12 words around the first tag.
                prefix, end = prefixes[int(rand() * len(prefixes))]
                length = 6 + int(rand() * 7)
                if len(prefix) + term_wc[first] > 12:
                    prefix, end = [], ""
                title_words = [*prefix, *term_words[first]]
                for _ in range(max(0, length - len(title_words))):
                    title_words.append(content[bisect(content_cw, rand() * content_total)])
                title = _capitalize(" ".join(title_words)) + end
                slug = _slug([w.lower() for w in title_words])[:200]

                para = 3 + i % 3
                others = chosen[1:]
                body = "\n\n".join(text(q_mentions, n_qm, [first, *others, first], 60, 200, para))
                answer_paragraphs = text(a_mentions, n_am, [first, *others[:2], first], 80, 250, para)
                tried_list, language = TRIED, LANGUAGE_EN

            asked_at = base + timedelta(seconds=int(i * step + rand() * step))
            published_at = asked_at + timedelta(seconds=3600 + int(rand() * rand() * 10 * 86400))
            question = (
                qid, patient_ids[p], pseudonyms[p], title, slug, body, age, sexes[bisect(sex_cw, rand() * sex_cw[-1])],
                department_id, durations[bisect(duration_cw, rand() * duration_cw[-1])],
                itches[bisect(itch_cw, rand() * itch_cw[-1])], pains[bisect(pain_cw, rand() * pain_cw[-1])],
                tried_list[int(rand() * len(tried_list))] if rand() < 0.5 else "", "", "", "", empty_flags,
                empty_flags, empty_flags, 0, asked_at, "", "",
                "answered", asked_at, published_at, published_at, language,
            )
            answer = (
                ids.answer_start + i, qid, doctor_id, "\n\n".join(answer_paragraphs), "", "", "", "",
                paragraphs_html(answer_paragraphs), plain_summary(answer_paragraphs), published_at, published_at,
                language,
            )
            tag_rows = []
            for t in chosen:
                tag_rows.append((qt_id, qid, tag_ids[t]))
                qt_id += 1
            site_rows = []
            if rand() < 0.5:
                codes = [site_codes[t] for t in chosen if site_codes[t]]
                if not codes or rand() < 0.3:
                    codes.append(BODY_SITE_CODES[int(rand() * len(BODY_SITE_CODES))])
                for code in dict.fromkeys(codes):
                    site_rows.append((site_id, qid, code))
                    site_id += 1
            yield question, answer, tag_rows, site_rows

    # FAQ -------------------------------------------------------------------------------------

    def articles(self) -> list[ArticleSpec]:
        """FAQ articles on the most popular tags: an overview first, three middle sections, the
        urgent signs last; two references; two to five tags; reviewed by a doctor of the department."""
        rng = self._rng("faq")
        rand = rng.random
        by_dept: dict[str, list[int]] = {}
        for index, doctor in enumerate(self.doctors):
            by_dept.setdefault(doctor.department, []).append(index)
        articles, slugs = [], set()
        for i in range(self.config.faq):
            main = i % len(self.tags)
            spec = self.tags[main]
            tags = [main] + [t for t in self._pick_tags(rand, rng.randint(2, 5)) if t != main]
            tags = tags[: max(2, min(5, len(self.tags)))]
            title = rng.choice(FAQ_TITLES).format(t=spec.term, C=_capitalize(spec.term))
            slug = slugify_ascii(title)[:190].rstrip("-")
            if slug in slugs:
                slug = f"{slug}-{i}"
            slugs.add(slug)
            department = PEDIATRIC if spec.pediatric else DERMATOLOGY
            kinds = ["overview", *sorted(rng.sample(MIDDLE_SECTION_KINDS, 3), key=MIDDLE_SECTION_KINDS.index),
                     "urgent"]
            sections = []
            for kind in kinds:
                paragraphs = [" ".join(self._sentences_for(rng, 30 + int(rand() * 40))) for _ in range(2)]
                sections.append(SectionSpec(
                    kind=kind,
                    heading=SECTION_HEADINGS[kind].format(t=spec.term),
                    body="\n\n".join(paragraphs),
                    body_html=paragraphs_html(paragraphs),
                ))
            summary = " ".join(self._sentences_for(rng, 20))[:300].rstrip()
            reviewed = date(2023, 3, 1) + timedelta(days=rng.randint(0, 450))
            articles.append(ArticleSpec(
                title=title,
                slug=slug,
                department=department,
                summary=summary,
                reviewer=rng.choice(by_dept[department]),
                last_reviewed_on=reviewed,
                created_at=datetime.combine(reviewed, datetime.min.time(), tzinfo=UTC) - timedelta(days=30),
                tags=tuple(tags),
                sections=tuple(sections),
                references=(
                    (f"Clinical guideline on {spec.term}", f"https://guidelines.example.org/{spec.slug}"),
                    (f"Patient information: {spec.term}", f"https://patients.example.org/{spec.slug}"),
                ),
            ))
        return articles
