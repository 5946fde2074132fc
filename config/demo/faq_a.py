"""Demo FAQ articles, set A: common rashes, bumps and spots (dermatology).

Original patient-education text written for the demo forum. Each article has an
overview, numbered causes or types, self-care, an urgent-help section and a few
references to well-known public health sources.
"""

ARTICLES = [
    # ------------------------------------------------------------------ 1
    {
        "slug": "bumps-on-the-back",
        "title": "Bumps on the back: common causes and treatment",
        "department": "dermatology",
        "summary": "Most bumps on the back come from acne, irritated hair follicles or keratosis pilaris, and a few come from scabies. Learn how they differ, what you can try at home and when to see a doctor.",
        "tags": ["acne", "keratosis-pilaris", "folliculitis", "scabies", "red-spots"],
        "reviewer": "dr-okafor",
        "reviewed": "2026-03-18",
        "sections": [
            {
                "kind": "overview",
                "heading": "Overview",
                "body": """Small bumps on the back are very common and are rarely serious. Because the back is hard to see and hard to reach, spots there often go unnoticed until they itch, hurt or catch on clothing.

Most bumps are caused by blocked pores, irritated hair follicles or a harmless build-up of skin protein. Less often, an itchy rash on the back and trunk is a sign of an infestation such as scabies. Looking at the type of bump, whether it itches and where else on the body it appears usually narrows things down.""",
            },
            {
                "kind": "cause",
                "heading": "1. Acne on the back",
                "body": """Back acne forms the same way as facial acne: oil and dead skin cells plug hair follicles, and bacteria that normally live on the skin trigger inflammation. The shoulders and upper back have many oil glands, and sweat under tight clothing or backpack straps can make things worse.

**Symptoms**

- blackheads and whiteheads
- red, tender spots, some with a yellow head
- deeper, painful lumps in more severe cases
- dark marks or small scars as spots heal

**Treatment**

- a benzoyl peroxide wash, left on for a minute or two before rinsing (it can bleach towels and fabric)
- gels with adapalene or salicylic acid for blocked pores
- prescription tablets for widespread, deep or scarring acne
- no picking or squeezing, which makes scars more likely""",
            },
            {
                "kind": "cause",
                "heading": "2. Folliculitis",
                "body": """Folliculitis is inflammation of hair follicles, caused by friction, sweat, shaving or infection. A yeast form (pityrosporum folliculitis) is common on the upper back and chest in warm weather and tends to itch more than acne does.

**Symptoms**

- clusters of small, evenly sized red bumps or pustules, each centered on a hair
- itching or mild burning
- few or no blackheads, which helps tell it apart from acne

**Treatment**

- loose, breathable clothing and a shower soon after exercise
- antiseptic or benzoyl peroxide washes for the bacterial type
- an antifungal shampoo such as ketoconazole, used as a body wash, for the yeast type
- tablets from a doctor if it keeps coming back""",
            },
            {
                "kind": "cause",
                "heading": "3. Keratosis pilaris",
                "body": """Keratosis pilaris is a harmless, often inherited condition in which keratin plugs the openings of hair follicles. It usually affects the upper arms and thighs but can spread to the upper back, and it is often worse in winter.

**Symptoms**

- many tiny, rough bumps that feel like sandpaper
- skin-colored, pink or brownish dots
- little or no itching

**Treatment**

- daily moisturizer containing urea, lactic acid or salicylic acid
- lukewarm showers and a gentle, fragrance-free cleanser
- no harsh scrubbing, which usually increases redness
- patience: it often fades with age""",
            },
            {
                "kind": "cause",
                "heading": "4. Scabies",
                "body": """Scabies is caused by tiny mites that burrow into the top layer of skin. It spreads through prolonged skin-to-skin contact and has nothing to do with poor hygiene.

**Symptoms**

- intense itching, typically worse at night
- small red bumps and thin wavy lines, often between the fingers, on the wrists, waist and armpits
- other people in the home itching at the same time

**Treatment**

- a cream such as permethrin applied to the whole body, repeated after one week
- everyone in the household treated on the same day
- bedding, towels and clothes washed on a hot cycle
- itching may continue for a few weeks after successful treatment""",
            },
            {
                "kind": "prevention",
                "heading": "Looking after the skin on your back",
                "body": """- Shower after sport or heavy sweating and change out of damp clothes.
- Choose loose cotton or moisture-wicking fabrics.
- Rinse conditioner and hair oils off your back thoroughly.
- Use a spray product or a long-handled applicator to reach the middle of the back.
- Give a new routine six to eight weeks before judging whether it works.""",
            },
            {
                "kind": "urgent",
                "heading": "When to seek urgent medical help",
                "body": """See a doctor promptly if:

- a bump grows quickly or becomes hot, very painful or surrounded by spreading redness
- you have a fever or feel generally unwell
- a lump keeps filling with pus or returns in the same place
- the itch keeps you awake or several people at home are itching
- spots are leaving scars or affecting your mood

Any single spot or mole on the back that changes in size, shape or color, or bleeds without injury, should be examined in person.""",
            },
        ],
        "references": [
            {"title": "NHS: Acne", "url": "https://www.nhs.uk/conditions/acne/"},
            {"title": "NHS: Keratosis pilaris", "url": "https://www.nhs.uk/conditions/keratosis-pilaris/"},
            {"title": "NHS: Scabies", "url": "https://www.nhs.uk/conditions/scabies/"},
            {"title": "DermNet: Folliculitis", "url": "https://dermnetnz.org/topics/folliculitis"},
        ],
    },
    # ------------------------------------------------------------------ 2
    {
        "slug": "hives-urticaria",
        "title": "Hives (urticaria): causes, treatment and when to worry",
        "department": "dermatology",
        "summary": "Hives are itchy, raised welts that come and go within hours. Most cases settle with antihistamines, but swelling of the lips or throat or trouble breathing needs emergency care.",
        "tags": ["urticaria", "itching", "drug-rash", "insect-bites"],
        "reviewer": "dr-chen",
        "reviewed": "2025-07-22",
        "sections": [
            {
                "kind": "overview",
                "heading": "Overview",
                "body": """Hives, also called urticaria, are raised, itchy welts that appear when cells in the skin release histamine and other chemicals. Fluid leaks from small blood vessels and forms swellings that can look dramatic but usually fade without a trace.

About one in five people has hives at some point. An episode lasting less than six weeks is called acute urticaria; hives that keep returning for longer than six weeks are called chronic urticaria. The two have quite different causes.""",
            },
            {
                "kind": "symptoms",
                "heading": "What hives look like",
                "body": """- pink or red raised patches, sometimes pale in the center
- strong itching, occasionally a stinging or burning feeling
- single welts that fade within 24 hours, while new ones appear elsewhere
- shapes that change over hours, sometimes joining into large patches
- in some people, deeper swelling of the lips, eyelids, hands or feet (angioedema)

A quick way to check: draw around a welt with a pen. If it has gone or moved by the next day, it is very likely hives.""",
            },
            {
                "kind": "cause",
                "heading": "1. Infections and allergic triggers",
                "body": """In adults and especially children, a common cold or other viral infection is one of the most frequent triggers of a short bout of hives. Allergic reactions to foods such as nuts, shellfish or eggs, or to latex, usually cause hives within minutes to two hours of contact.

**Treatment**

- a non-drowsy antihistamine such as cetirizine, loratadine or fexofenadine
- avoiding a trigger once it is clearly identified
- allergy testing when a food or latex reaction is suspected""",
            },
            {
                "kind": "cause",
                "heading": "2. Medicines",
                "body": """Some medicines cause hives, either through an allergy or by acting directly on the skin's mast cells. Common examples are penicillin-type antibiotics, anti-inflammatory painkillers such as aspirin and ibuprofen, and codeine.

**Treatment**

- contact the prescriber or a pharmacist before stopping a prescribed medicine
- note the medicine's name and the date of the reaction in your records
- people with chronic hives often find that anti-inflammatory painkillers make their welts worse""",
            },
            {
                "kind": "cause",
                "heading": "3. Insect bites and stings",
                "body": """Bites from fleas, mosquitoes or bedbugs can cause clusters of itchy bumps that last several days, especially on the legs. Unlike true hives, each bump stays in the same place. Bee and wasp stings can occasionally cause widespread hives or a severe allergic reaction.

**Treatment**

- cool compresses and an antihistamine for itching
- treating pets and the home if fleas are likely""",
            },
            {
                "kind": "cause",
                "heading": "4. Chronic urticaria",
                "body": """In chronic urticaria a clear outside cause is usually not found. The immune system itself seems to activate the skin's mast cells. Heat, pressure from tight clothing, cold, stress and alcohol can make it flare, and in some people rubbing the skin alone produces welts.

**Treatment**

- a daily non-drowsy antihistamine taken regularly, not only when welts appear
- a doctor may advise a higher dose or add other treatments
- specialist referral for hives that are not controlled after several weeks""",
            },
            {
                "kind": "urgent",
                "heading": "When to seek urgent medical help",
                "body": """Call emergency services straight away if hives come with:

- swelling of the lips, tongue or throat
- difficulty breathing, wheezing or a hoarse voice
- feeling faint, dizzy or confused
- vomiting or a racing heartbeat after a sting, food or medicine

Use an adrenaline auto-injector first if you have one. Book a prompt appointment if single welts last more than 48 hours or leave bruising, if you also have fever or joint pain, or if hives return for more than six weeks.""",
            },
        ],
        "references": [
            {"title": "NHS: Hives", "url": "https://www.nhs.uk/conditions/hives/"},
            {"title": "NHS: Anaphylaxis", "url": "https://www.nhs.uk/conditions/anaphylaxis/"},
            {"title": "MedlinePlus: Hives", "url": "https://medlineplus.gov/hives.html"},
        ],
    },
    # ------------------------------------------------------------------ 3
    {
        "slug": "eczema-atopic-dermatitis",
        "title": "Eczema (atopic dermatitis): symptoms, triggers and treatment",
        "department": "dermatology",
        "summary": "Eczema makes skin dry, itchy and inflamed, and it tends to come and go in flares. Regular moisturizing, avoiding triggers and short courses of anti-inflammatory creams keep most cases under control.",
        "tags": ["eczema", "dry-skin", "itching", "contact-dermatitis"],
        "reviewer": "dr-lindqvist",
        "reviewed": "2026-01-09",
        "sections": [
            {
                "kind": "overview",
                "heading": "Overview",
                "body": """Eczema is a group of conditions in which the skin becomes dry, itchy and inflamed. The most common type, atopic eczema (atopic dermatitis), often starts in childhood and can continue into adult life or first appear later.

Eczema is not contagious. It runs in families, often alongside asthma and hay fever, and involves a weakened skin barrier that loses water easily and lets irritants in. It cannot be cured, but it can usually be controlled well.""",
            },
            {
                "kind": "symptoms",
                "heading": "Signs and symptoms",
                "body": """- itching, often the most troublesome symptom, and worse at night
- dry, rough or scaly patches
- redness on lighter skin; dark brown, purple or gray patches on darker skin
- weeping or crusting during a flare
- thickened skin with deeper lines where it has been scratched for a long time

In adults, eczema commonly affects the hands, the inside of the elbows, the backs of the knees, the neck and the eyelids.""",
            },
            {
                "kind": "cause",
                "heading": "1. Atopic eczema and its triggers",
                "body": """The tendency to atopic eczema is inherited, but flares are often set off by something in daily life.

**Common triggers**

- soaps, bubble baths and fragranced products
- hot showers, dry indoor air and cold weather
- wool or rough fabrics next to the skin
- sweating, stress and skin infections
- dust mites or pet dander in some people

Keeping a simple diary of flares can help you spot a pattern.""",
            },
            {
                "kind": "cause",
                "heading": "2. Contact dermatitis",
                "body": """Contact dermatitis is eczema triggered by something that touches the skin. Irritant contact dermatitis comes from repeated exposure to water, detergents or solvents and is common on the hands of cleaners, cooks and healthcare workers. Allergic contact dermatitis is an immune reaction to a specific substance, such as nickel, fragrances, preservatives or hair dye, and often appears a day or two after contact.

**Treatment**

- identifying and avoiding the trigger; patch testing can find an allergen
- gloves with cotton liners for wet work
- the same moisturizer and steroid cream routine used for other eczema""",
            },
            {
                "kind": "treatment",
                "heading": "Treatment",
                "body": """**Moisturizers (emollients)** are the foundation. Apply them generously at least twice a day and after washing, even when the skin looks clear. Thicker ointments hold water best.

**Anti-inflammatory creams** calm flares:

- topical steroids, used once or twice daily on active patches for the period your doctor advises
- non-steroid creams such as tacrolimus for the face and eyelids

For severe eczema, a dermatologist may offer light therapy, tablets or injectable medicines. Antihistamines do not treat eczema itself but may help sleep during a bad flare.""",
            },
            {
                "kind": "prevention",
                "heading": "Everyday care to prevent flare-ups",
                "body": """- Use a soap-free wash instead of ordinary soap.
- Keep showers short and lukewarm, then pat the skin dry and moisturize straight away.
- Wear soft cotton and wash new clothes before use.
- Keep nails short, and press or tap an itchy area instead of scratching.
- Restart treatment early when you feel a flare beginning.""",
            },
            {
                "kind": "urgent",
                "heading": "When to seek urgent medical help",
                "body": """Get same-day medical advice if:

- eczema suddenly becomes painful and you notice clusters of small, punched-out sores or blisters, especially with fever; this can be a herpes virus infection of the skin that needs prompt treatment
- the skin is weeping, crusted yellow or swollen and hot, which suggests bacterial infection
- eczema spreads rapidly over most of the body

Arrange a routine appointment if your usual treatment is not working, the itch disturbs sleep, or you suspect a product at work or home is the cause.""",
            },
        ],
        "references": [
            {"title": "NHS: Atopic eczema", "url": "https://www.nhs.uk/conditions/atopic-eczema/"},
            {"title": "NHS: Contact dermatitis", "url": "https://www.nhs.uk/conditions/contact-dermatitis/"},
            {"title": "MedlinePlus: Eczema", "url": "https://medlineplus.gov/eczema.html"},
        ],
    },
    # ------------------------------------------------------------------ 4
    {
        "slug": "psoriasis",
        "title": "Psoriasis: types, symptoms and treatment options",
        "department": "dermatology",
        "summary": "Psoriasis causes thick, scaly patches on the skin, scalp or nails. It is long-lasting but not contagious, and today's treatments can clear or greatly improve it for most people.",
        "tags": ["psoriasis", "seborrheic-dermatitis", "nail-problems"],
        "reviewer": "dr-huang",
        "reviewed": "2025-11-27",
        "sections": [
            {
                "kind": "overview",
                "heading": "Overview",
                "body": """Psoriasis is a long-term condition in which the immune system speeds up the turnover of skin cells. Instead of taking about a month to mature and shed, new cells reach the surface within days and pile up into raised, scaly patches.

It affects around two to three people in every hundred, usually starting between the late teens and the forties. Psoriasis is not contagious. It tends to come and go, and it can be linked to joint pain (psoriatic arthritis) and to heart and metabolic health, so it is worth treating properly.""",
            },
            {
                "kind": "cause",
                "heading": "1. Plaque psoriasis",
                "body": """This is the most common type.

**Symptoms**

- well-defined, raised patches with silvery-white scale
- pink or red on lighter skin; purple, dark brown or gray on darker skin
- typical sites: elbows, knees, lower back and scalp
- itching or soreness, and cracking over joints

**Common triggers**

- throat infections, stress and skin injury
- smoking and heavy drinking
- some medicines, such as lithium or certain blood pressure tablets""",
            },
            {
                "kind": "cause",
                "heading": "2. Scalp psoriasis and seborrheic dermatitis",
                "body": """Psoriasis often affects the scalp and can be hard to tell apart from seborrheic dermatitis, a common condition that causes flaking and redness around the scalp, eyebrows and sides of the nose. Some people have features of both.

**How they tend to differ**

- psoriasis: thick, firm plaques with dry silvery scale, often spreading just past the hairline
- seborrheic dermatitis: thinner, greasy yellowish flakes and milder redness

**Treatment**

- tar, salicylic acid or ketoconazole shampoos
- steroid scalp lotions or foams for flares
- oil applied overnight to soften thick scale before washing""",
            },
            {
                "kind": "cause",
                "heading": "3. Nail psoriasis",
                "body": """About half of people with psoriasis notice nail changes at some point, and these are more common in people who also have joint symptoms.

**Symptoms**

- small pits in the nail surface
- yellow-brown patches that look like an oil drop
- the nail lifting away from the nail bed
- thickening and crumbling, which can look like a fungal infection

**Treatment**

- keep nails short and protect them from knocks
- steroid or vitamin D solutions around the nail
- tablets or injections for severe or painful nail disease""",
            },
            {
                "kind": "cause",
                "heading": "4. Other forms",
                "body": """- **Guttate psoriasis:** many small, drop-shaped spots on the trunk and limbs, often two to three weeks after a strep throat, mostly in young people.
- **Inverse psoriasis:** smooth, shiny red patches in skin folds such as the armpits, groin and under the breasts.
- **Pustular and erythrodermic psoriasis:** rare, severe forms that need urgent care.""",
            },
            {
                "kind": "treatment",
                "heading": "Treatment options",
                "body": """Treatment is chosen according to how much skin is affected and how much it affects daily life.

- **Creams and ointments:** moisturizers, steroid creams and vitamin D preparations such as calcipotriol, often combined.
- **Light therapy:** narrowband UVB given in a clinic two to three times a week.
- **Tablets:** methotrexate, ciclosporin, acitretin or apremilast, with blood monitoring where needed.
- **Biologic injections:** targeted treatments for moderate to severe psoriasis that have transformed results for many people.

Not smoking, limiting alcohol and keeping a healthy weight also help treatments work better.""",
            },
            {
                "kind": "urgent",
                "heading": "When to seek urgent medical help",
                "body": """Seek urgent care if:

- your skin suddenly becomes red and inflamed over most of the body, especially with chills, fever or feeling unwell
- many small pus-filled spots appear on red skin, with fever
- psoriasis flares sharply after starting or stopping a medicine

Arrange a routine visit if you develop swollen, stiff or painful joints, if nails are painful or lifting, or if your psoriasis is affecting your mood, sleep or work.""",
            },
        ],
        "references": [
            {"title": "NHS: Psoriasis", "url": "https://www.nhs.uk/conditions/psoriasis/"},
            {"title": "NHS: Seborrhoeic dermatitis", "url": "https://www.nhs.uk/conditions/seborrhoeic-dermatitis/"},
            {"title": "American Academy of Dermatology: Psoriasis", "url": "https://www.aad.org/public/diseases/psoriasis"},
        ],
    },
    # ------------------------------------------------------------------ 5
    {
        "slug": "fungal-skin-infections",
        "title": "Fungal skin infections: ringworm, athlete's foot, jock itch and nails",
        "department": "dermatology",
        "summary": "Fungal infections thrive in warm, damp skin and cause itchy, scaly rashes on the body, feet, groin and nails. Most skin infections clear with antifungal cream; nail infections take longer.",
        "tags": ["tinea", "nail-problems", "itching", "heat-rash"],
        "reviewer": "dr-patel",
        "reviewed": "2026-05-06",
        "sections": [
            {
                "kind": "overview",
                "heading": "Overview",
                "body": """Fungal skin infections, known as tinea, are caused by fungi that live on the dead outer layer of skin, hair and nails. Despite the old name "ringworm", no worm is involved.

They spread through contact with affected people, pets, floors of changing rooms and shared towels, and they grow best where skin stays warm and damp. They are very common, not a sign of being unclean, and usually respond well to treatment.""",
            },
            {
                "kind": "cause",
                "heading": "1. Ringworm of the body (tinea corporis)",
                "body": """**Symptoms**

- a ring-shaped patch with a raised, scaly edge and clearer center
- itching, sometimes mild
- slow outward growth over weeks

**Treatment**

- antifungal cream such as clotrimazole, miconazole or terbinafine, applied beyond the edge of the rash
- continue for one to two weeks after the skin looks clear
- avoid steroid creams alone, which can make the infection spread while hiding its usual appearance""",
            },
            {
                "kind": "cause",
                "heading": "2. Athlete's foot (tinea pedis)",
                "body": """**Symptoms**

- itchy, peeling or cracked skin between the toes, especially the outer toes
- dry, fine scale across the soles in a "moccasin" pattern
- sometimes small itchy blisters

**Treatment**

- antifungal cream, spray or powder from a pharmacy
- dry carefully between the toes after washing
- cotton socks changed daily, and alternating shoes so they can dry out""",
            },
            {
                "kind": "cause",
                "heading": "3. Jock itch (tinea cruris)",
                "body": """**Symptoms**

- a red or brown itchy patch in the groin and inner thighs with a sharp, scaly border
- usually spares the scrotum, which helps distinguish it from yeast infection
- often occurs together with athlete's foot

**Treatment**

- antifungal cream twice daily for two to four weeks
- put socks on before underwear so fungus is not carried from feet to groin
- loose cotton underwear and drying well after sport""",
            },
            {
                "kind": "cause",
                "heading": "4. Fungal nail infection (onychomycosis)",
                "body": """**Symptoms**

- thick, discolored nails, white, yellow or brown
- crumbling edges and debris under the nail
- toenails affected far more often than fingernails

**Treatment**

- nail clippings can confirm the diagnosis, because psoriasis and injury look similar
- antifungal nail paints for mild infection near the tip
- tablets such as terbinafine for several months for more extensive infection
- a healthy nail can take up to a year to grow out fully""",
            },
            {
                "kind": "cause",
                "heading": "5. Heat rash and other look-alikes",
                "body": """Not every itchy rash in a skin fold is fungal. **Heat rash** (prickly heat) appears as tiny, prickly red or clear spots where sweat is trapped, and it settles within days once the skin is cooled. Yeast infections in folds tend to be bright red and moist with small satellite spots. Eczema and psoriasis can also look similar, so if a rash does not improve after two weeks of antifungal cream, have it checked.""",
            },
            {
                "kind": "prevention",
                "heading": "Preventing fungal infections",
                "body": """- Dry skin folds and feet thoroughly after washing.
- Wear flip-flops in communal showers and pool areas.
- Do not share towels, socks or nail clippers.
- Choose breathable fabrics and change out of sweaty clothes promptly.
- Have pets with patchy hair loss checked by a vet.""",
            },
            {
                "kind": "urgent",
                "heading": "When to seek urgent medical help",
                "body": """See a doctor promptly if:

- the skin becomes hot, swollen and painful, or red streaks spread up the leg, which can mean a bacterial infection entering through cracked skin
- you have diabetes or poor circulation and notice a sore or broken skin on the foot
- a scalp rash causes hair loss or a boggy swelling, especially in a child
- the rash is spreading despite treatment or you have a weakened immune system""",
            },
        ],
        "references": [
            {"title": "NHS: Ringworm", "url": "https://www.nhs.uk/conditions/ringworm/"},
            {"title": "NHS: Athlete's foot", "url": "https://www.nhs.uk/conditions/athletes-foot/"},
            {"title": "NHS: Fungal nail infection", "url": "https://www.nhs.uk/conditions/fungal-nail-infection/"},
            {"title": "NHS: Heat rash (prickly heat)", "url": "https://www.nhs.uk/conditions/heat-rash-prickly-heat/"},
        ],
    },
    # ------------------------------------------------------------------ 6
    {
        "slug": "red-spots-on-the-skin",
        "title": "Red spots on the skin: common causes and what they mean",
        "department": "dermatology",
        "summary": "Red spots can be harmless blood vessel growths, a passing rash such as pityriasis rosea, or a reaction to a medicine. A simple glass test and a few warning signs help you decide how quickly to get them checked.",
        "tags": ["red-spots", "cherry-angioma", "pityriasis-rosea", "drug-rash"],
        "reviewer": "dr-chen",
        "reviewed": "2025-04-15",
        "sections": [
            {
                "kind": "overview",
                "heading": "Overview",
                "body": """Red spots on the skin have many causes. Some are permanent and harmless, such as small blood vessel growths that appear with age. Others are part of a rash that arrives suddenly and fades over weeks.

Useful clues are how long the spots have been there, whether they itch, whether you have started a new medicine and whether the spots fade when pressed. This article covers the most common causes and the signs that need quick attention.""",
            },
            {
                "kind": "cause",
                "heading": "1. Cherry angiomas",
                "body": """Cherry angiomas are small, harmless growths of tiny blood vessels. They become more common from the age of thirty onward, and many adults have dozens.

**Symptoms**

- bright red to purple dots, from pinpoint size to a few millimeters
- smooth, dome-shaped or flat, usually on the trunk and arms
- no itching or pain; they may bleed if scratched

**Treatment**

- no treatment is needed
- laser, freezing or electrocautery can remove them for cosmetic reasons
- a sudden eruption of many new spots is worth mentioning to a doctor""",
            },
            {
                "kind": "cause",
                "heading": "2. Pityriasis rosea",
                "body": """Pityriasis rosea is a common, self-limiting rash, probably triggered by a virus, that mostly affects teenagers and young adults.

**Symptoms**

- one larger oval pink or brown patch first (the herald patch), often on the chest or back
- a week or two later, many smaller oval patches with a fine scaly edge, spreading across the trunk along skin lines
- mild itching in some people

**Treatment**

- it clears by itself, usually within six to twelve weeks
- moisturizers, mild steroid creams or antihistamines for itching
- pregnant women should tell their doctor or midwife, as it may need closer follow-up
- a doctor may check for other rashes that can look similar""",
            },
            {
                "kind": "cause",
                "heading": "3. Drug rash",
                "body": """Many medicines can cause a rash, most often antibiotics, anti-seizure medicines and anti-inflammatory painkillers. The typical drug rash starts four to fourteen days after a new medicine is started.

**Symptoms**

- many small red spots and bumps that join together, starting on the trunk
- itching, sometimes mild fever

**Treatment**

- contact the prescriber; they may switch the medicine
- moisturizers, steroid creams and antihistamines for comfort
- record the medicine as a possible allergy for the future""",
            },
            {
                "kind": "cause",
                "heading": "4. Spots that do not fade when pressed",
                "body": """Tiny red or purple pinpoint spots (petechiae) or larger bruise-like patches are caused by bleeding into the skin. They can follow strong coughing or vomiting, especially on the face, but they can also signal a blood or clotting problem or a serious infection.

**The glass test:** press the side of a clear glass firmly against the spots. If they stay visible through the glass, they are not fading and need medical assessment.""",
            },
            {
                "kind": "prevention",
                "heading": "Checking red spots at home",
                "body": """- Take photos to track changes over days or weeks.
- Write down any new medicines, supplements or illnesses in the last month.
- Avoid scratching, and use a gentle moisturizer on itchy areas.
- Show a doctor any spot that bleeds repeatedly, grows quickly or looks different from the others.""",
            },
            {
                "kind": "urgent",
                "heading": "When to seek urgent medical help",
                "body": """Seek emergency care straight away if:

- spots do not fade under a glass and you feel unwell or have a fever
- a rash after a new medicine comes with blistering, peeling skin, mouth or eye sores, or a high temperature
- a rash comes with facial swelling, swollen glands or yellowing skin

Book a routine appointment for spots that persist, spread or worry you.""",
            },
        ],
        "references": [
            {"title": "NHS: Pityriasis rosea", "url": "https://www.nhs.uk/conditions/pityriasis-rosea/"},
            {"title": "DermNet: Cherry angioma", "url": "https://dermnetnz.org/topics/cherry-angioma"},
            {"title": "MedlinePlus: Drug reactions", "url": "https://medlineplus.gov/drugreactions.html"},
        ],
    },
    # ------------------------------------------------------------------ 7
    {
        "slug": "acne-and-rosacea",
        "title": "Acne or rosacea? How to tell them apart and treat them",
        "department": "dermatology",
        "summary": "Acne and rosacea both cause red bumps on the face but have different causes, triggers and treatments. Knowing which one you have helps you choose the right skin care and avoid products that make things worse.",
        "tags": ["acne", "rosacea", "folliculitis"],
        "reviewer": "dr-okafor",
        "reviewed": "2026-08-11",
        "sections": [
            {
                "kind": "overview",
                "heading": "Overview",
                "body": """Acne and rosacea are two of the most common reasons people see a dermatologist about their face. Both can cause red bumps and pus-filled spots, so they are easily confused, but they are different conditions.

Acne usually starts in the teenage years and is driven by oil and blocked pores. Rosacea typically begins after thirty and is driven by sensitive blood vessels and inflammation. Some adults have both.""",
            },
            {
                "kind": "cause",
                "heading": "1. Acne",
                "body": """**Symptoms**

- blackheads and whiteheads, the hallmark of acne
- red spots, pustules and sometimes deep, painful lumps
- face, chest and back
- oily skin, with flares around periods in some women

**Main causes**

- hormones that increase oil production
- skin cells that clog follicles
- bacteria and inflammation within the blocked pore""",
            },
            {
                "kind": "cause",
                "heading": "2. Rosacea",
                "body": """**Symptoms**

- frequent flushing and persistent redness across the cheeks, nose, chin and forehead
- visible small blood vessels
- red bumps and pustules but no blackheads
- burning or stinging, and skin that reacts to many products
- gritty, dry or irritated eyes in some people

**Common triggers**

- sun exposure, heat and hot drinks
- alcohol and spicy food
- strenuous exercise, stress and wind""",
            },
            {
                "kind": "cause",
                "heading": "3. Folliculitis and other look-alikes",
                "body": """Folliculitis, inflamed hair follicles, can look like acne in the beard area, especially after shaving, and the yeast form can cause itchy, uniform bumps on the forehead and chest. Perioral dermatitis, a rash of small bumps around the mouth and nose, often follows the use of steroid creams on the face. Because treatments differ, persistent facial spots are worth having examined.""",
            },
            {
                "kind": "symptoms",
                "heading": "Telling them apart",
                "body": """- **Blackheads:** common in acne, absent in rosacea.
- **Age of onset:** acne usually in the teens and twenties; rosacea usually after thirty.
- **Flushing:** typical of rosacea, uncommon in acne.
- **Sensitivity:** rosacea skin often stings with creams, acne skin is more often oily.
- **Location:** rosacea stays on the central face; acne often involves the chest and back too.""",
            },
            {
                "kind": "treatment",
                "heading": "Treatment options",
                "body": """**For acne**

- benzoyl peroxide, adapalene or azelaic acid gels
- antibiotic tablets for a limited period, or hormonal treatment for some women
- isotretinoin under specialist care for severe or scarring acne

**For rosacea**

- ivermectin, metronidazole or azelaic acid creams for bumps
- a gel that narrows blood vessels for temporary reduction of redness
- low-dose doxycycline for more widespread bumps
- laser or light treatment for visible vessels

Results for both conditions take six to twelve weeks, so give each treatment a fair trial.""",
            },
            {
                "kind": "prevention",
                "heading": "Skin care tips",
                "body": """- Wash twice daily with a mild, fragrance-free cleanser; avoid scrubs.
- Use a broad-spectrum sunscreen every day, choosing mineral formulas if your skin stings.
- Look for products labeled non-comedogenic.
- Keep a note of rosacea flares to spot your personal triggers.
- Never apply steroid creams to the face unless a doctor advises it.""",
            },
            {
                "kind": "urgent",
                "heading": "When to seek urgent medical help",
                "body": """Get urgent care if:

- you have eye pain, sensitivity to light or blurred vision with rosacea
- you develop sudden, severe acne with fever or joint pain

Arrange a routine appointment if spots are leaving scars or dark marks, over-the-counter treatments have not helped after three months, or your skin is affecting your confidence or mood.""",
            },
        ],
        "references": [
            {"title": "NHS: Acne", "url": "https://www.nhs.uk/conditions/acne/"},
            {"title": "NHS: Rosacea", "url": "https://www.nhs.uk/conditions/rosacea/"},
            {"title": "American Academy of Dermatology: Rosacea", "url": "https://www.aad.org/public/diseases/rosacea"},
        ],
    },
]
