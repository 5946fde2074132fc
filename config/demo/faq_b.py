"""Demo FAQ articles, set B: moles, viral blisters, hair, pigment, warts, sweating and bites.

Original patient-education text written for the demo forum. Each article follows the shared brief:
an overview first, cause / care sections in the middle and "When to seek urgent medical help" last.
"""

ARTICLES = [
    {
        "slug": "moles-when-to-worry",
        "title": "Moles and skin spots: which ones are harmless and when to worry",
        "department": "dermatology",
        "summary": "Most moles, red dots and rough spots that appear with age are harmless. This guide explains the common types, the warning signs of melanoma and how to check your own skin.",
        "tags": ["moles", "sun-damage", "cherry-angioma"],
        "reviewer": "dr-chen",
        "reviewed": "2026-03-12",
        "sections": [
            {
                "kind": "overview",
                "heading": "Overview",
                "body": """Almost every adult has moles, and most people collect other small spots over the years: red dots on the chest, brown patches on the hands, rough flakes on the scalp or face. The great majority are harmless. A few, however, need a doctor's eye, because skin cancer is easiest to treat when it is found early.

The good news is that you do not need to memorise every type of spot. Knowing the common harmless ones, and the handful of changes that should prompt a check, covers most situations.""",
            },
            {
                "kind": "cause",
                "heading": "Ordinary moles",
                "body": """A mole (naevus) is a small cluster of pigment cells. Most appear in childhood and early adulthood, and people with fair skin or a lot of childhood sun tend to have more of them.

**Typical features**

- Round or oval, with a smooth, even edge
- One colour throughout: tan, brown or skin-coloured
- Usually smaller than 6 mm and stable for years
- May be flat or slightly raised, and can fade or lighten in later life

**Treatment**

- No treatment is needed for a normal mole
- A mole that catches on clothing or bothers you can be removed by a doctor, who will usually send it to the lab
- Please do not cut, burn or freeze moles at home, as this can hide a problem and leave a scar""",
            },
            {
                "kind": "cause",
                "heading": "Atypical moles and melanoma warning signs",
                "body": """Some moles look irregular without being dangerous (atypical moles), while melanoma is a serious skin cancer that can start in an existing mole or as a new spot. Only an examination, sometimes with a biopsy, can tell them apart.

**Signs that deserve a check (the ABCDE rule)**

- **A**symmetry: the two halves do not match
- **B**order: ragged, notched or blurred edge
- **C**olour: several shades, such as brown, black, red, grey or white
- **D**iameter: larger than about 6 mm, though melanomas can be smaller
- **E**volving: any change in size, shape, colour or height, or new itching or bleeding

Also watch for the "ugly duckling", a spot that looks different from all your other moles.

**Treatment**

- Suspicious moles are usually removed and examined under a microscope
- Early melanoma is most often cured with a simple surgical excision""",
            },
            {
                "kind": "cause",
                "heading": "Cherry angiomas",
                "body": """Cherry angiomas are tiny clusters of blood vessels. They usually start to appear after the age of 30 and become more numerous with each decade.

**Symptoms**

- Bright red to purple dots or small dome-shaped bumps, 1 to 5 mm
- Most common on the chest, back and upper arms
- They may bleed briefly if scratched or nicked while shaving

**Treatment**

- They are harmless and need no treatment
- If they bother you, they can be removed with a laser or electrocautery for cosmetic reasons""",
            },
            {
                "kind": "cause",
                "heading": "Sun-damage spots",
                "body": """Years of sun exposure leave marks of their own. Sun spots (solar lentigines) are flat, evenly brown patches on the face, hands and shoulders. Seborrhoeic keratoses are waxy, "stuck-on" growths that are harmless despite sometimes looking dark. Actinic keratoses are rough, scaly spots on sun-exposed skin that can occasionally develop into a type of skin cancer.

**Symptoms**

- Sun spots: flat, uniform brown, usually on areas that get the most sun
- Seborrhoeic keratoses: raised, crumbly or waxy, from tan to almost black
- Actinic keratoses: feel like sandpaper, may sting or come back after flaking off

**Treatment**

- Sun spots and seborrhoeic keratoses need no treatment, but can be removed for cosmetic reasons
- Actinic keratoses are treated with freezing, prescription creams or light therapy""",
            },
            {
                "kind": "prevention",
                "heading": "Checking your skin and protecting it",
                "body": """A quick look at your skin once a month is one of the most useful habits you can build.

- Check in good light with a full-length mirror and a hand mirror, or ask a partner to look at your back and scalp
- Take photos of moles you want to follow, so that change is easier to spot
- Use a broad-spectrum sunscreen of SPF 30 or higher, a hat and shade in the middle of the day
- Avoid sunbeds entirely
- People with many moles, a past skin cancer or a family history of melanoma may benefit from regular skin checks with a dermatologist""",
            },
            {
                "kind": "urgent",
                "heading": "When to seek urgent medical help",
                "body": """Book a prompt appointment, ideally within two weeks, if you notice:

- A mole that is changing in size, shape or colour
- A new dark spot in adulthood that looks different from your other moles
- A spot that bleeds, crusts or forms a sore that does not heal within a few weeks
- A dark streak appearing in a nail without an injury
- Many new red spots appearing suddenly over a few weeks

If you are unsure, it is always reasonable to have a spot looked at. Doctors would much rather check a harmless mole than miss an early melanoma.""",
            },
        ],
        "references": [
            {"title": "NHS: Moles", "url": "https://www.nhs.uk/conditions/moles/"},
            {"title": "NHS: Melanoma skin cancer", "url": "https://www.nhs.uk/conditions/melanoma-skin-cancer/"},
            {"title": "DermNet: Cherry angioma", "url": "https://dermnetnz.org/topics/cherry-angioma"},
        ],
    },
    {
        "slug": "shingles-and-cold-sores",
        "title": "Shingles and cold sores: painful blisters caused by herpes viruses",
        "department": "dermatology",
        "summary": "Shingles and cold sores are both caused by herpes viruses that hide in the nerves and can wake up again. Learn how to recognise them, how antiviral treatment helps and which warning signs need a doctor the same day.",
        "tags": ["shingles", "cold-sores", "blisters"],
        "reviewer": "dr-okafor",
        "reviewed": "2025-07-18",
        "sections": [
            {
                "kind": "overview",
                "heading": "Overview",
                "body": """Clusters of small fluid-filled blisters on a red base are a classic sign of a herpes virus infection. Two conditions account for most of them: cold sores, usually around the lips, and shingles, a painful band of blisters on one side of the body.

Both viruses stay in the nerves for life after the first infection. Most of the time they are silent, but stress, illness, strong sun or a weaker immune system can wake them up. Starting treatment early makes a real difference, especially for shingles.""",
            },
            {
                "kind": "cause",
                "heading": "Shingles (herpes zoster)",
                "body": """Shingles is caused by the chickenpox virus becoming active again, often decades after the original chickenpox. It is more common after 50 and in people whose immune system is weakened.

**Symptoms**

- Burning, tingling or stabbing pain in one area, often a few days before any rash
- A stripe or patch of blisters on one side of the body, typically the chest, back or face
- The rash does not cross the midline of the body
- Blisters crust over within 7 to 10 days; the skin usually heals in 2 to 4 weeks
- Some people feel tired or feverish

**Treatment**

- Antiviral tablets work best if started within 72 hours of the rash appearing
- Pain relief such as paracetamol; your doctor may prescribe stronger medicine for nerve pain
- Keep the rash clean and dry, and cover it with a loose, non-sticky dressing
- Some people have lasting nerve pain after the rash heals (post-herpetic neuralgia), which can be treated""",
            },
            {
                "kind": "cause",
                "heading": "Cold sores (herpes simplex)",
                "body": """Cold sores are caused by the herpes simplex virus, most often type 1. Many people catch it in childhood through a kiss from a relative, and it then returns from time to time in the same spot.

**Symptoms**

- Tingling, itching or burning at the edge of the lip a day before anything shows
- A small group of blisters that break, ooze and then crust
- Healing usually within 7 to 10 days
- The first episode can be more severe, with fever, sore gums and swollen glands, especially in children

**Treatment**

- Most cold sores heal on their own
- Antiviral cream, applied at the first tingle, may shorten an episode
- People with frequent or severe outbreaks can be prescribed antiviral tablets, sometimes taken daily for prevention
- A lip balm with SPF helps if sunlight is a trigger""",
            },
            {
                "kind": "symptoms",
                "heading": "Telling them apart from other blisters",
                "body": """Other conditions can also cause blisters, so the pattern matters:

- **Impetigo**: a bacterial infection with honey-coloured crusts, common in children around the nose and mouth
- **Contact dermatitis**: itchy blisters in the shape of whatever touched the skin, such as a plant, plaster or new product
- **Insect bites**: blisters grouped on exposed skin such as the lower legs

A doctor can usually tell these apart by looking, and a swab can confirm a herpes virus if needed.""",
            },
            {
                "kind": "prevention",
                "heading": "Self-care and avoiding spread",
                "body": """- Do not pick or burst the blisters, and wash your hands after touching them
- Avoid kissing and sharing cups, towels or lip products while a cold sore is active
- Keep away from newborn babies, pregnant women who have never had chickenpox and people with weak immunity while you have shingles blisters
- Shingles cannot be caught from someone with shingles, but the blister fluid can give chickenpox to a person who has never had it
- A shingles vaccine is offered to older adults and some people with weakened immunity; ask your doctor whether you are eligible""",
            },
            {
                "kind": "urgent",
                "heading": "When to seek urgent medical help",
                "body": """See a doctor the same day if:

- A blistering rash appears on the forehead, around the eye or on the tip of the nose, or you have eye pain, redness or blurred vision
- You think you have shingles and it is within three days of the rash starting
- You are pregnant, have a weakened immune system or are treating a baby with cold-sore-like blisters
- Blisters spread quickly over an area of eczema, with fever and feeling unwell
- The rash is widespread, or you develop confusion, severe headache or weakness of the face""",
            },
        ],
        "references": [
            {"title": "NHS: Shingles", "url": "https://www.nhs.uk/conditions/shingles/"},
            {"title": "NHS: Cold sores", "url": "https://www.nhs.uk/conditions/cold-sores/"},
            {"title": "MedlinePlus: Shingles", "url": "https://medlineplus.gov/shingles.html"},
        ],
    },
    {
        "slug": "hair-loss",
        "title": "Hair loss and thinning hair: common causes and what helps",
        "department": "dermatology",
        "summary": "Shedding more hair than usual is common and often temporary. This article explains the main types of hair loss, including the link with dandruff and an itchy scalp, and which treatments are worth trying.",
        "tags": ["hair-loss", "seborrheic-dermatitis"],
        "reviewer": "dr-lindqvist",
        "reviewed": "2026-01-20",
        "sections": [
            {
                "kind": "overview",
                "heading": "Overview",
                "body": """Losing 50 to 100 hairs a day is normal, and most people notice more in the shower or on the brush from time to time. Hair loss becomes a concern when you see a wider parting, a receding hairline, bald patches or much more shedding than usual.

The pattern of loss is the most useful clue. Gradual thinning, sudden diffuse shedding and round bald patches have different causes and different treatments. A doctor may also suggest a blood test to check iron, thyroid function and other factors.""",
            },
            {
                "kind": "cause",
                "heading": "Pattern hair loss",
                "body": """Pattern hair loss (androgenetic alopecia) is the most common type in both men and women. It is inherited and develops slowly over years.

**Symptoms**

- Men: a receding hairline at the temples and thinning on the crown
- Women: a widening parting and thinner hair on top, usually with the front hairline kept
- No itching, redness or scarring

**Treatment**

- Minoxidil solution or foam, used every day; results take 4 to 6 months and stop if treatment stops
- Finasteride tablets for some men, after discussing side effects with a doctor
- Other options for women, prescribed by a specialist
- Hair pieces, styling changes and hair transplant surgery are reasonable choices for some people""",
            },
            {
                "kind": "cause",
                "heading": "Sudden shedding (telogen effluvium)",
                "body": """A shock to the body can push many hairs into their resting phase at once. They then fall out around two to three months later, which is why the trigger is often forgotten.

**Common triggers**

- Childbirth, a high fever, an operation or a serious illness
- Crash dieting, low iron or an under- or overactive thyroid
- Severe stress or starting or stopping certain medicines

**Symptoms**

- Hair coming out in handfuls, evenly from the whole scalp
- No bald patches

**Treatment**

- Treat any underlying cause, such as low iron
- The shedding usually settles within six months and the hair regrows over the following year""",
            },
            {
                "kind": "cause",
                "heading": "Alopecia areata",
                "body": """Alopecia areata is an autoimmune condition in which the immune system targets the hair roots. It can affect children and adults.

**Symptoms**

- One or more smooth, round bald patches on the scalp, beard or eyebrows
- The skin in the patch looks normal
- Sometimes small pits in the nails

**Treatment**

- Small patches often regrow on their own within months
- Steroid creams or injections into the patch can speed regrowth
- Newer tablet treatments are available for extensive cases through a specialist""",
            },
            {
                "kind": "cause",
                "heading": "Seborrhoeic dermatitis and an itchy scalp",
                "body": """Seborrhoeic dermatitis is a common, long-term skin condition linked to a yeast that lives on oily skin. On the scalp it causes dandruff. It does not usually cause lasting hair loss, but heavy scaling and constant scratching can make hair break and shed more.

**Symptoms**

- White or yellowish greasy flakes and an itchy scalp
- Red, scaly patches along the hairline, eyebrows and sides of the nose

**Treatment**

- Anti-dandruff shampoo containing ketoconazole, selenium sulfide or zinc, left on for a few minutes, two or three times a week
- A short course of a mild steroid lotion for flares
- Regular maintenance, as it tends to come back""",
            },
            {
                "kind": "treatment",
                "heading": "General hair care",
                "body": """- Avoid tight ponytails, braids and extensions that pull on the hair roots
- Limit harsh chemical treatments and very hot styling tools
- Eat a balanced diet with enough protein and iron; supplements rarely help unless you are deficient
- Be patient: any treatment needs several months before you can judge it""",
            },
            {
                "kind": "urgent",
                "heading": "When to seek urgent medical help",
                "body": """See a doctor promptly if:

- Hair loss is rapid and you also feel unwell, tired or have lost weight
- The scalp is red, painful, scarred or has pus-filled bumps
- A child has scaly, broken-hair patches, which may be a fungal infection needing tablets
- Hair loss follows a new medicine
- You are very distressed about it; support and treatment are available""",
            },
        ],
        "references": [
            {"title": "NHS: Hair loss", "url": "https://www.nhs.uk/conditions/hair-loss/"},
            {"title": "NHS: Seborrhoeic dermatitis", "url": "https://www.nhs.uk/conditions/seborrhoeic-dermatitis/"},
            {"title": "MedlinePlus: Hair Loss", "url": "https://medlineplus.gov/hairloss.html"},
        ],
    },
    {
        "slug": "pigmentation-melasma-vitiligo",
        "title": "Dark patches and light patches: melasma, vitiligo and sun spots",
        "department": "dermatology",
        "summary": "Changes in skin colour are usually harmless but can affect how you feel about your skin. Learn about melasma, dark marks after spots or rashes, sun spots and vitiligo, and how each is treated.",
        "tags": ["melasma", "vitiligo", "sun-damage"],
        "reviewer": "dr-huang",
        "reviewed": "2025-11-05",
        "sections": [
            {
                "kind": "overview",
                "heading": "Overview",
                "body": """Skin colour comes from melanin, a pigment made by cells called melanocytes. When these cells make too much pigment, patches look darker than the surrounding skin. When they stop working or are lost, patches become lighter or completely white.

Most pigment changes are not dangerous, but they can be very noticeable, especially on the face. Treatment is often slow, and sun protection is part of almost every plan.""",
            },
            {
                "kind": "cause",
                "heading": "Melasma",
                "body": """Melasma causes brown or greyish-brown patches, mostly on the face. It is much more common in women and in people with medium to darker skin tones. Hormones play a role, so it often starts in pregnancy or with the contraceptive pill, and sunlight and heat make it worse.

**Symptoms**

- Symmetrical patches on the cheeks, forehead, upper lip or chin
- No itching or pain
- Darker in summer and lighter in winter

**Treatment**

- Daily broad-spectrum sunscreen, ideally a tinted one, which also blocks visible light
- Prescription lightening creams such as hydroquinone, sometimes combined with a retinoid and a mild steroid
- Azelaic acid or other gentler creams
- Tranexamic acid tablets, chemical peels or lasers in selected cases, under specialist care

Melasma tends to come back, so a maintenance plan is usually needed.""",
            },
            {
                "kind": "cause",
                "heading": "Dark marks after inflammation",
                "body": """Acne, eczema, insect bites, burns or any rash can leave dark marks behind as they heal. This is called post-inflammatory hyperpigmentation and is most common in darker skin.

**Symptoms**

- Flat brown or dark patches in the exact places where the skin was inflamed

**Treatment**

- Treat the underlying problem first, so no new marks form
- Sun protection and patience; marks often fade over 6 to 12 months
- Azelaic acid or retinoid creams can speed fading""",
            },
            {
                "kind": "cause",
                "heading": "Sun spots",
                "body": """Sun spots (solar lentigines) are flat, evenly coloured brown patches caused by years of sun exposure. They appear on the face, the backs of the hands, the forearms and the shoulders.

**Treatment**

- They are harmless and need no treatment
- Freezing, lasers or lightening creams can be used for cosmetic reasons
- Any spot that is irregular, changing or very dark should be checked to rule out a skin cancer""",
            },
            {
                "kind": "cause",
                "heading": "Vitiligo",
                "body": """Vitiligo is a condition in which the immune system destroys pigment cells, leaving patches of white skin. It affects people of all skin colours and is not contagious. It is sometimes linked to other autoimmune conditions, particularly thyroid disease.

**Symptoms**

- Milky-white, well-defined patches, often on both sides of the body
- Common around the eyes and mouth, on the hands, the elbows, the knees and the genitals
- Hair in the patches may turn white
- The white skin burns easily in the sun

**Treatment**

- Steroid or calcineurin inhibitor creams can restore colour, especially in new patches
- A newer prescription cream (ruxolitinib) is approved for vitiligo in some countries
- Narrowband UVB light therapy for more widespread vitiligo
- Cosmetic camouflage creams and self-tanners
- High-factor sunscreen on the white patches""",
            },
            {
                "kind": "prevention",
                "heading": "Living with pigment changes",
                "body": """- Apply sunscreen every morning, even on cloudy days, and reapply outdoors
- Avoid harsh scrubs and unlicensed "skin whitening" products, which can contain steroids or mercury and damage the skin
- Expect any treatment to take at least 2 to 3 months before you see a difference
- Changes in appearance can affect mood and confidence; talking to your doctor or a support group can help""",
            },
            {
                "kind": "urgent",
                "heading": "When to seek urgent medical help",
                "body": """See a doctor soon if:

- A dark spot is growing, has an irregular edge or several colours, or bleeds
- Patches of lighter or darker skin appear together with tiredness, weight loss, dizziness or feeling very unwell
- Lighter patches are numb or lose feeling
- A skin-lightening product has caused redness, thinning or burning of the skin""",
            },
        ],
        "references": [
            {"title": "DermNet: Melasma", "url": "https://dermnetnz.org/topics/melasma"},
            {"title": "NHS: Vitiligo", "url": "https://www.nhs.uk/conditions/vitiligo/"},
            {"title": "MedlinePlus: Vitiligo", "url": "https://medlineplus.gov/vitiligo.html"},
        ],
    },
    {
        "slug": "warts",
        "title": "Warts and verrucas in children and adults: types and treatment",
        "department": "pediatric-dermatology",
        "summary": "Warts are harmless growths caused by a common virus, and many disappear on their own. Read about the different types, home treatments that work, and when a wart near the nails or on the feet needs a doctor.",
        "tags": ["warts", "nail-problems"],
        "reviewer": "dr-moreau",
        "reviewed": "2025-05-22",
        "sections": [
            {
                "kind": "overview",
                "heading": "Overview",
                "body": """Warts are small, rough growths caused by the human papillomavirus (HPV) infecting the top layer of the skin. They are extremely common in school-age children and are also seen in adults, especially people who swim often or whose skin is frequently damp or scratched.

Warts are harmless and most go away on their own, although this can take months or even a couple of years. Treatment is a choice, not a necessity, unless a wart is painful, spreading or bothering you.""",
            },
            {
                "kind": "cause",
                "heading": "Common warts",
                "body": """Common warts usually appear on the fingers, the backs of the hands and the knees.

**Symptoms**

- Firm, raised bumps with a rough, cauliflower-like surface
- Tiny black dots inside, which are small clotted blood vessels
- Usually painless

**Treatment**

- Salicylic acid paint or gel used daily for up to 12 weeks, after soaking and gently filing the wart
- Freezing (cryotherapy) at a clinic, usually repeated every 2 to 3 weeks
- Freezing can be painful, so it is often not the first choice for young children""",
            },
            {
                "kind": "cause",
                "heading": "Verrucas (plantar warts)",
                "body": """Verrucas are warts on the soles of the feet. Because we walk on them, they are pushed inwards and can feel like a stone in the shoe.

**Symptoms**

- Flat, hard patches with black dots, often on the heel or ball of the foot
- Pain when standing or walking
- Skin lines run around the verruca, not through it, unlike a corn

**Treatment**

- Salicylic acid treatment, filing down the hard skin regularly
- Cushioned pads to ease pressure
- Freezing or other clinic treatments for stubborn verrucas""",
            },
            {
                "kind": "cause",
                "heading": "Warts around the nails",
                "body": """Periungual warts grow at the edge of or under the nails. They are especially common in children and adults who bite their nails or pick at the skin around them.

**Symptoms**

- Rough growths along the nail fold, sometimes spreading under the nail
- The nail may lift, crack or grow unevenly
- Painful splits in the skin around the wart

**Treatment**

- They are harder to treat than warts elsewhere and often need a doctor's help
- Freezing, stronger prescription treatments or other clinic procedures may be used
- Stopping nail biting is an important part of treatment, as it spreads the virus""",
            },
            {
                "kind": "cause",
                "heading": "Flat warts",
                "body": """Flat warts are small, smooth, slightly raised bumps, often appearing in large numbers on the face, hands or shins. In adults they are often spread by shaving.

**Treatment**

- They often clear on their own
- Avoid strong acid treatments on the face; a doctor can suggest a gentler option""",
            },
            {
                "kind": "prevention",
                "heading": "Self-care and stopping the spread",
                "body": """- Do not pick, bite or scratch warts, and keep them covered during contact sports
- Wear flip-flops in communal showers and pool areas, and do not share towels or socks
- Stop using salicylic acid if the skin becomes sore or red, and protect the surrounding skin with petroleum jelly
- Children with warts do not need to stay off school or avoid swimming; a verruca sock or plaster is enough
- Duct tape over a wart is a popular home remedy, but the evidence that it works is limited""",
            },
            {
                "kind": "urgent",
                "heading": "When to seek urgent medical help",
                "body": """See a doctor if:

- A wart bleeds, changes quickly in appearance or keeps coming back in the same place
- There is spreading redness, heat, pus or fever around a wart, which could mean infection
- Warts appear on the genitals or around the anus, in children or adults
- You have diabetes, poor circulation or a weakened immune system; do not treat warts on your feet yourself
- You are an adult with a new growth that you are not sure is a wart""",
            },
        ],
        "references": [
            {"title": "NHS: Warts and verrucas", "url": "https://www.nhs.uk/conditions/warts-and-verrucas/"},
            {"title": "MedlinePlus: Warts", "url": "https://medlineplus.gov/warts.html"},
        ],
    },
    {
        "slug": "sweating-and-heat-rash",
        "title": "Excessive sweating, heat rash and sweat-related bumps",
        "department": "dermatology",
        "summary": "Sweating more than you need to, prickly heat and itchy bumps around hair follicles are common in hot weather and active people. Find out what causes them, what you can do at home and which treatments a doctor can offer.",
        "tags": ["hyperhidrosis", "heat-rash", "folliculitis"],
        "reviewer": "dr-patel",
        "reviewed": "2026-05-09",
        "sections": [
            {
                "kind": "overview",
                "heading": "Overview",
                "body": """Sweating is how the body cools itself, and everyone sweats more in heat, during exercise or when nervous. For some people, though, sweat becomes a problem of its own: either there is far more of it than the body needs, or it gets trapped in the skin and causes a rash.

This article covers three related conditions: excessive sweating (hyperhidrosis), heat rash (miliaria) and inflamed hair follicles (folliculitis), which often flares in hot, sweaty conditions.""",
            },
            {
                "kind": "cause",
                "heading": "Hyperhidrosis",
                "body": """Primary hyperhidrosis is sweating beyond what is needed to keep cool, usually affecting the armpits, palms, soles or face. It often starts in childhood or the teenage years and can run in families. It is not a sign of poor hygiene.

**Symptoms**

- Visible sweating at least once a week without heat or exercise
- Both sides of the body affected equally
- Usually no sweating during sleep
- Damp hands that make writing, shaking hands or using devices difficult

**Treatment**

- Strong antiperspirants containing aluminium chloride, applied to dry skin at night
- Iontophoresis, a gentle electrical current through water, for hands and feet
- Botulinum toxin injections, which reduce armpit sweating for several months
- Tablets that reduce sweating, prescribed by a doctor for selected patients
- Surgery is a last resort because it can cause sweating elsewhere on the body""",
            },
            {
                "kind": "cause",
                "heading": "Heat rash (prickly heat)",
                "body": """Heat rash happens when sweat ducts become blocked, so sweat leaks into the skin instead of reaching the surface. It is very common in babies, in hot climates and under tight clothing.

**Symptoms**

- Tiny red or clear bumps, sometimes like small water droplets
- A prickling or stinging feeling rather than a strong itch
- Found on the neck, chest, back, armpits, groin and skin folds

**Treatment**

- Cool the skin with a fan, a tepid shower and loose cotton clothing
- Avoid heavy creams and ointments, which can block the ducts further
- Calamine lotion can soothe the skin
- The rash usually settles within a few days once the skin stays cool""",
            },
            {
                "kind": "cause",
                "heading": "Folliculitis",
                "body": """Folliculitis is inflammation of the hair follicles, often from bacteria or yeast. Sweat, friction, shaving and tight sportswear all make it more likely. A particular type can follow a hot tub or a poorly chlorinated pool.

**Symptoms**

- Small red bumps or pus-filled spots centred on hairs
- Often on the back, chest, buttocks, thighs or beard area
- Itching or mild tenderness

**Treatment**

- Shower soon after sweating and change out of damp clothes
- Wash with an antiseptic or benzoyl peroxide wash for a few weeks
- Avoid shaving the area for a while, or shave with the direction of hair growth
- A doctor may prescribe antibiotic or antifungal treatment if it keeps coming back""",
            },
            {
                "kind": "prevention",
                "heading": "Everyday self-care",
                "body": """- Choose loose, breathable fabrics and moisture-wicking sportswear
- Keep rooms cool at night and take breaks from the heat
- Carry a spare shirt or socks on hot days, and rotate shoes so they dry out
- Manage stress and avoid known triggers such as spicy food or alcohol if they make sweating worse
- Do not share razors or towels if you have folliculitis""",
            },
            {
                "kind": "urgent",
                "heading": "When to seek urgent medical help",
                "body": """Get medical help promptly if:

- Sweating is new, affects the whole body or drenches you at night, especially with fever or weight loss
- Sweating comes with chest pain, a racing heart, shortness of breath or light-headedness
- In the heat you feel confused, faint or very unwell, or stop sweating altogether; this may be heat exhaustion or heatstroke
- A bump becomes a large, painful, hot lump or you have spreading redness and fever
- A baby with heat rash has a high temperature or seems unwell""",
            },
        ],
        "references": [
            {"title": "NHS: Excessive sweating (hyperhidrosis)", "url": "https://www.nhs.uk/conditions/excessive-sweating-hyperhidrosis/"},
            {"title": "NHS: Heat rash (prickly heat)", "url": "https://www.nhs.uk/conditions/heat-rash-prickly-heat/"},
            {"title": "DermNet: Folliculitis", "url": "https://dermnetnz.org/topics/folliculitis"},
        ],
    },
    {
        "slug": "scabies-and-insect-bites",
        "title": "Scabies and insect bites: itchy bumps in children and families",
        "department": "pediatric-dermatology",
        "summary": "Very itchy bumps in a child are often caused by insect bites or by scabies, a mite that spreads through close contact. This guide explains how to tell them apart, how to treat the whole household and when to see a doctor.",
        "tags": ["scabies", "insect-bites", "itching", "blisters"],
        "reviewer": "dr-santos",
        "reviewed": "2026-02-14",
        "sections": [
            {
                "kind": "overview",
                "heading": "Overview",
                "body": """Itchy red bumps are one of the most common reasons parents bring a child to the doctor. Two frequent causes are insect bites, which usually appear in groups on uncovered skin, and scabies, an infestation with tiny mites that spreads through close skin contact within families and schools.

Both are treatable. The key difference is that scabies needs a specific treatment for everyone in the household, while most bites settle with simple care.""",
            },
            {
                "kind": "cause",
                "heading": "Scabies",
                "body": """Scabies is caused by a mite that burrows into the top layer of the skin. It is passed on by prolonged skin-to-skin contact, such as holding hands or sharing a bed, and less often through bedding or clothes. It has nothing to do with poor hygiene. The itch starts 2 to 6 weeks after the first infestation, so other family members may already have it without symptoms.

**Symptoms**

- Intense itching, typically worse at night
- Small bumps and short, thin, wavy lines (burrows) between the fingers, on the wrists, elbows, armpits, waist and genitals
- In babies and young children, bumps or blisters on the palms, soles, scalp and face
- Scratch marks and sometimes eczema-like patches

**Treatment**

- Permethrin cream applied to the whole body, including the scalp in young children, washed off after 8 to 12 hours
- A second application 7 days later
- Everyone in the household and close contacts treated on the same day, even without itching
- Wash clothes, towels and bedding at 50 degrees or higher, or seal them in a bag for at least 3 days
- Babies under 2 months, pregnant women and people with widespread crusting need a doctor's advice on treatment""",
            },
            {
                "kind": "cause",
                "heading": "Insect bites",
                "body": """Mosquitoes, fleas, bed bugs, midges and mites can all bite. Children, especially younger ones, often react more strongly than adults, and some develop a lasting reaction called papular urticaria with crops of itchy bumps that come and go for weeks.

**Symptoms**

- Itchy red bumps, often in clusters or lines, on exposed arms, legs, face or neck
- Flea bites are often on the ankles and lower legs; bed bug bites appear overnight on uncovered skin
- Some children develop tense fluid-filled blisters on the legs after bites
- Usually no bites in other family members who were not exposed

**Treatment**

- Wash the area and apply a cold compress
- A non-sedating antihistamine or a mild steroid cream for a few days can ease the itch
- Leave blisters intact and cover them with a plaster
- Treat pets for fleas and check mattresses for bed bugs if bites keep appearing""",
            },
            {
                "kind": "treatment",
                "heading": "Coping with the itch",
                "body": """- Keep nails short and clean to reduce skin damage from scratching
- Use a gentle soap substitute and moisturise regularly
- Dress your child in light cotton clothing and keep the bedroom cool
- Remember that after successful scabies treatment, itching can continue for 2 to 4 weeks while the skin recovers; this does not mean the treatment failed""",
            },
            {
                "kind": "prevention",
                "heading": "Preventing bites and reinfection",
                "body": """- Use an insect repellent suitable for your child's age and cover arms and legs outdoors
- Use nets or screens where mosquitoes are common
- Tell your child's school or nursery about scabies so other families can check; children can usually return after the first treatment
- Avoid close contact and sharing beds until everyone in the home has been treated""",
            },
            {
                "kind": "urgent",
                "heading": "When to seek urgent medical help",
                "body": """Call an ambulance if there is swelling of the lips, tongue or throat, difficulty breathing, wheezing or sudden drowsiness after a bite or sting.

See a doctor the same day if:

- Redness spreads from a bite, the skin becomes hot and painful, or your child has a fever
- Sores ooze or form golden crusts, which may be impetigo
- A baby under 2 months has an itchy rash
- A red ring-shaped rash appears after a tick bite
- Itching and bumps continue more than four weeks after treatment, or new burrows appear""",
            },
        ],
        "references": [
            {"title": "NHS: Scabies", "url": "https://www.nhs.uk/conditions/scabies/"},
            {"title": "NHS: Insect bites and stings", "url": "https://www.nhs.uk/conditions/insect-bites-and-stings/"},
            {"title": "MedlinePlus: Scabies", "url": "https://medlineplus.gov/scabies.html"},
            {"title": "MedlinePlus: Insect Bites and Stings", "url": "https://medlineplus.gov/insectbitesandstings.html"},
        ],
    },
]
