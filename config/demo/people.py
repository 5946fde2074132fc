"""Departments, tags and doctors of the demo archive. All names and places are fictional."""

DEPARTMENTS = [
    {
        "slug": "dermatology",
        "name": "Dermatology",
        "description": "Skin, hair and nail problems in adults.",
    },
    {
        "slug": "pediatric-dermatology",
        "name": "Pediatric Dermatology",
        "description": "Skin, hair and nail problems in babies, children and teenagers.",
    },
]

TAGS = [
    ("acne", "Acne", "Blackheads, whiteheads, pimples and cysts on the face, chest or back."),
    ("keratosis-pilaris", "Keratosis pilaris", "Rough, sandpaper-like bumps, often on the upper arms and thighs."),
    ("folliculitis", "Folliculitis", "Inflamed or infected hair follicles: small red or pus-filled bumps."),
    ("urticaria", "Hives (urticaria)", "Itchy raised welts that come and go, sometimes with swelling."),
    ("pityriasis-rosea", "Pityriasis rosea", "A scaly oval rash on the trunk that often starts with one larger patch."),
    ("scabies", "Scabies", "An intensely itchy rash caused by mites, worse at night and shared in households."),
    ("eczema", "Eczema", "Dry, itchy, inflamed skin, including atopic dermatitis."),
    ("psoriasis", "Psoriasis", "Thick red patches with silvery scale, on the scalp, elbows, knees or nails."),
    ("cherry-angioma", "Cherry angioma", "Small bright-red dots made of blood vessels; common and harmless."),
    ("tinea", "Fungal infection (tinea)", "Ringworm, athlete's foot, jock itch and other fungal skin infections."),
    (
        "seborrheic-dermatitis",
        "Seborrheic dermatitis",
        "Greasy scale and redness on scalp, face and chest; includes dandruff.",
    ),
    ("contact-dermatitis", "Contact dermatitis", "A rash where the skin touched an irritant or an allergen."),
    ("rosacea", "Rosacea", "Facial redness, flushing and pimples, often in adults over thirty."),
    ("warts", "Warts", "Rough growths caused by the human papillomavirus, on hands, feet and elsewhere."),
    ("shingles", "Shingles", "A painful blistering rash in a band, from the chickenpox virus waking up."),
    ("cold-sores", "Cold sores", "Recurring blisters on or near the lips caused by herpes simplex."),
    ("melasma", "Melasma", "Brown patches on the face, often linked to sun and hormones."),
    ("vitiligo", "Vitiligo", "Patches of skin that lose their colour."),
    ("moles", "Moles", "Moles and pigmented spots, and when a change needs a check."),
    ("hair-loss", "Hair loss", "Thinning hair, bald patches and shedding."),
    ("nail-problems", "Nail problems", "Nail fungus, paronychia, ridges, discolouration and ingrown nails."),
    ("hyperhidrosis", "Excessive sweating", "Sweating beyond what the body needs to cool down (hyperhidrosis)."),
    ("itching", "Itchy skin", "Itch with or without a rash, and what can cause it."),
    ("insect-bites", "Insect bites", "Bites and stings, and the reactions they can cause."),
    ("drug-rash", "Drug rash", "Skin reactions to medicines, from mild rashes to emergencies."),
    ("heat-rash", "Heat rash", "Prickly heat (miliaria) and skin problems made worse by heat and sweat."),
    ("red-spots", "Red spots", "Red dots, spots and patches, and what they can mean."),
    ("sun-damage", "Sun damage", "Sunburn, sun spots and long-term sun damage, and sun protection."),
    ("blisters", "Blisters", "Fluid-filled blisters from friction, burns, infections or skin diseases."),
    ("dry-skin", "Dry skin", "Dry, rough or cracked skin, and how to care for it."),
]

# key -> profile. Licence numbers are fictional and never shown on public pages.
DOCTORS = {
    "dr-chen": {
        "display_name": "Dr. Yu-Ting Chen",
        "department": "dermatology",
        "hospital": "Riverside General Hospital",
        "licence_number": "DRM-204518",
        "bio": "Consultant dermatologist with a special interest in acne, rosacea and scarring. "
        "Runs the hospital's inflammatory skin disease clinic.",
    },
    "dr-okafor": {
        "display_name": "Dr. Adaeze Okafor",
        "department": "dermatology",
        "hospital": "Northgate Skin Clinic",
        "licence_number": "DRM-311207",
        "bio": "Dermatologist working with eczema, contact allergy and patch testing, "
        "and with skin conditions in darker skin types.",
    },
    "dr-lindqvist": {
        "display_name": "Dr. Erik Lindqvist",
        "department": "dermatology",
        "hospital": "St. Columba University Hospital",
        "licence_number": "DRM-118930",
        "bio": "Dermatologist and dermatoscopy teacher. Sees moles, skin cancer screening "
        "and sun-damaged skin.",
    },
    "dr-huang": {
        "display_name": "Dr. Wei-Jie Huang",
        "department": "dermatology",
        "hospital": "Harbourview Medical Centre",
        "licence_number": "DRM-402265",
        "bio": "Dermatologist with an interest in psoriasis, hair loss and nail disease.",
    },
    "dr-patel": {
        "display_name": "Dr. Ravi Patel",
        "department": "dermatology",
        "hospital": "Eastside Community Health Centre",
        "licence_number": "DRM-276644",
        "bio": "General dermatologist in a community clinic: infections, itch, hives "
        "and everyday skin problems.",
    },
    "dr-moreau": {
        "display_name": "Dr. Camille Moreau",
        "department": "pediatric-dermatology",
        "hospital": "Children's Hospital of the Valley",
        "licence_number": "DRM-530981",
        "bio": "Pediatric dermatologist caring for babies, children and teenagers with "
        "eczema, birthmarks and infections.",
    },
    "dr-santos": {
        "display_name": "Dr. Lucia Santos",
        "department": "pediatric-dermatology",
        "hospital": "Riverside General Hospital",
        "licence_number": "DRM-612370",
        "bio": "Pediatric dermatologist. Warts, molluscum, teenage acne and school-age skin problems.",
    },
}

# An applicant awaiting review: present in the database, absent from every public page.
APPLICANTS = {
    "dr-applicant": {
        "display_name": "Dr. Noor Haddad",
        "department": "dermatology",
        "hospital": "Lakeside Family Practice",
        "licence_number": "DRM-789001",
        "bio": "Applied to answer questions; not yet verified.",
    },
}

PATIENT_COUNT = 24

# Words patients use for each topic; they suggest the tag while asking.
TAG_KEYWORDS = {
    "acne": "pimple, pimples, zit, zits, blackhead, blackheads, whitehead, whiteheads, breakout, breakouts",
    "keratosis-pilaris": "chicken skin, sandpaper, rough bumps",
    "folliculitis": "hair follicle, hair follicles, ingrown hair, razor bumps, hot tub",
    "urticaria": "hives, welts, wheals",
    "pityriasis-rosea": "herald patch, christmas tree",
    "scabies": "mites, mite, burrows",
    "eczema": "atopic, dermatitis, flare, flares",
    "psoriasis": "plaques, silvery scale, scaly patches",
    "cherry-angioma": "red dot, red dots, blood spot, blood spots",
    "tinea": "ringworm, athlete's foot, jock itch, fungus, fungal",
    "seborrheic-dermatitis": "dandruff, flaky scalp, flakes",
    "contact-dermatitis": "allergy, allergic, nickel, detergent, irritation",
    "rosacea": "flushing, flush, redness on cheeks",
    "warts": "verruca, verrucas, plantar wart",
    "shingles": "zoster, band of blisters",
    "cold-sores": "cold sore, fever blister, herpes, lip blister",
    "melasma": "dark patches, pigmentation, brown patches",
    "vitiligo": "white patches, white patch, loss of colour, loss of color",
    "moles": "mole, nevus, naevus, birthmark, beauty spot",
    "hair-loss": "bald, balding, thinning, shedding, alopecia",
    "nail-problems": "nail, nails, toenail, fingernail, cuticle, paronychia",
    "hyperhidrosis": "sweat, sweating, sweaty",
    "itching": "itch, itchy, itches, scratching",
    "insect-bites": "bite, bites, bitten, mosquito, bed bugs, sting",
    "drug-rash": "antibiotic, medicine, medication, tablets, pills",
    "heat-rash": "prickly heat, miliaria, sweat rash",
    "red-spots": "red spot, red spots, red bumps, red patches",
    "sun-damage": "sunburn, sunburnt, sun spots, tanning",
    "blisters": "blister, bubble, fluid filled",
    "dry-skin": "dry, flaky, cracked, cracking",
}
