"""Demo Q&A threads, set A: acne, keratosis pilaris, folliculitis, rosacea,
seborrhoeic dermatitis, hair loss, heat rash and hyperhidrosis.

Original demo content written for the dermatology patient Q&A forum.
"""

THREADS = [
    {
        "key": "a01-deep-sore-spots-jawline-after-stopping-pill",
        "title": "Deep painful spots on my jawline since stopping the pill at 34",
        "body": """Hello, I am 34 and I thought I was done with spots after my teens, but for about eight months I keep getting deep, sore bumps along my jawline and chin. They are not whiteheads, more like tender lumps under the skin that take two weeks to go down and leave a brownish-red mark behind. They seem worse in the week before my period.

I have changed my pillowcase often, stopped wearing foundation and tried a tea tree gel from the pharmacy, but nothing really changes. I stopped the contraceptive pill last year because we are thinking about a second baby, and I wonder if this is connected.

Is this normal at my age? And what can I safely use if I might get pregnant soon? I do not want to put anything harmful on my skin.""",
        "age": "30-39",
        "sex": "female",
        "department": "dermatology",
        "tags": ["acne", "red-spots"],
        "asked": "2025-03-11",
        "answers": [
            {
                "doctor": "dr-chen",
                "after_days": 1,
                "body": """Yes, this is a very common pattern. Deep, tender spots on the jawline and chin that flare before a period fit well with adult acne, and stopping the pill often unmasks it, so the timing makes sense.

In adult women, hormonal shifts make the oil glands of the lower face more active. The deep lumps are inflamed, blocked follicles, not a sign that you are doing something wrong with hygiene. Changing pillowcases and make-up rarely makes a big difference on its own, so please do not blame yourself.

Because you may become pregnant soon, it is sensible to choose treatment carefully. Options generally considered suitable while trying to conceive include:

- **Azelaic acid** 15–20% cream or gel once or twice daily, which also helps fade the brownish marks
- **Benzoyl peroxide** 2.5–5% wash or gel, applied to the whole area rather than to single spots
- A gentle, non-comedogenic moisturiser and a daily sunscreen, since sun darkens the marks

Please avoid topical and oral retinoids (such as adapalene, tretinoin or isotretinoin) unless your doctor has approved them, and check any antibiotic or hormonal tablet with a doctor first. Spironolactone, sometimes used for hormonal acne, is not used when planning a pregnancy.

Give any new routine 8–12 weeks before judging it, and try not to squeeze the deep lumps, as that increases scarring and dark marks.

Please see a dermatologist in person if the spots are leaving pitted scars, if you notice new facial or body hair, irregular periods or weight change (which can point to a hormonal condition worth testing), or if nothing has improved after three months of consistent treatment.""",
            },
        ],
    },
    {
        "key": "a02-back-acne-football-teen",
        "title": "Really bad spots on my back and shoulders from football",
        "body": """Hi, I'm 16 and I play football 4 times a week. My back and shoulders are covered in red spots and some big painful ones with yellow heads. My face is only a bit bad but my back is really bad and I don't want to take my shirt off at the pool anymore.

My mum bought me a face wash but I can't reach my back properly. Some of the spots leave dark marks after. What can I do? Do I need tablets?""",
        "age": "10-19",
        "sex": "male",
        "department": "pediatric-dermatology",
        "tags": ["acne", "folliculitis"],
        "asked": "2024-07-22",
        "answers": [
            {
                "doctor": "dr-moreau",
                "after_days": 2,
                "body": """Back acne is very common at your age, especially in active teenagers who sweat a lot, and there is plenty you can do about it. Many teens improve with a simple routine, and if the painful spots keep coming, a doctor can add prescription treatment, including tablets.

The oil glands on the back and shoulders are large and become very active during puberty. Sweat, friction from sports kit and heavy backpacks help trap oil in the pores, so spots multiply. Sometimes many small, itchy bumps that all look alike are a yeast-related folliculitis instead, which needs different treatment, so notice whether yours itch.

Things that help:

- Shower soon after training and change out of sweaty kit rather than sitting in it
- Use a **benzoyl peroxide wash (4–5%)** on your back: lather, leave it for 1–2 minutes, then rinse. It can bleach towels and shirts, so use white ones
- A long-handled brush or a spray-on salicylic acid product helps with the hard-to-reach middle of the back
- Wear loose, breathable shirts and wash them after each use
- Don't pick or squeeze the big yellow spots; that makes dark marks and scars more likely

Give this 6–8 weeks. The dark marks usually fade slowly over a few months once new spots stop appearing.

Ask a parent to book an appointment with your doctor or a dermatologist if big painful lumps keep appearing, if you notice scars forming (small dents or raised marks), or if the routine has not helped after two months. Prescription creams or a course of tablets can make a real difference, and treating early protects your skin.""",
            },
        ],
    },
    {
        "key": "a03-sandpaper-bumps-backs-of-arms",
        "title": "Sandpaper-like bumps on the backs of my arms since childhood",
        "body": """I've had these tiny rough bumps on the back of my upper arms since I was a kid. They feel like sandpaper and some have a little red ring around them. In winter it gets worse, and in summer after the beach it's almost gone.

I tried scrubbing hard with a loofah and it just got red and worse. My sister has the same thing on her thighs.

Is there a cure for this or do I just live with it? I'm going to a wedding in two months and really want to wear a sleeveless dress.""",
        "age": "20-29",
        "sex": "female",
        "department": "dermatology",
        "tags": ["keratosis-pilaris", "dry-skin", "red-spots"],
        "asked": "2026-01-19",
        "answers": [
            {
                "doctor": "dr-okafor",
                "after_days": 0,
                "body": """This sounds very much like keratosis pilaris, a harmless and very common condition that often runs in families. There is no permanent cure, but the skin can be smoothed noticeably within a few weeks, so two months before the wedding is good timing.

Keratosis pilaris happens when keratin, the protein of the outer skin layer, builds up and plugs the openings of hair follicles. The plugs create the sandpaper feel, and the red rings are mild inflammation around them. It is typically worse in cold, dry weather and better with humidity and sun, exactly as you noticed.

Hard scrubbing irritates the follicles and increases redness, so I would put the loofah away. A gentler routine works better:

- Short lukewarm showers with a mild, fragrance-free cleanser
- After showering, apply a moisturiser containing **urea (10%)**, **lactic acid** or **salicylic acid** once or twice a day
- On days when that stings, use a plain thick emollient instead
- Be consistent: the bumps return within weeks if you stop, so think of it as maintenance rather than a cure

Most people notice smoother skin in 3–6 weeks. The redness fades more slowly than the roughness. For stubborn redness, a dermatologist can discuss prescription retinoid creams or vascular laser treatment.

Please get checked in person if the bumps become painful or filled with pus, if they spread to unusual places, or if they come with widespread itchy, dry patches, which could point to eczema or another condition that needs different care.""",
            },
        ],
    },
    {
        "key": "a04-red-rough-cheeks-five-year-old",
        "title": "My 5-year-old has red, rough cheeks and bumpy thighs",
        "body": """Good evening. My daughter is 5 and has had red, rough cheeks for more than a year. Up close there are tiny pinpoint bumps, and the backs of her thighs feel the same, like goose skin that never goes away. She doesn't scratch them much. She had eczema in the creases of her elbows as a baby, which is mostly better now.

Her nursery keeps telling us she looks flushed and once asked if she had a fever. Our GP said it was just dry skin, but the creams we bought have not changed anything. I am worried it is an allergy to something she eats, or that it will leave marks on her face.

Should we cut out dairy? What cream is safe for a child of this age?""",
        "age": "0-9",
        "sex": "female",
        "department": "pediatric-dermatology",
        "tags": ["keratosis-pilaris", "eczema", "dry-skin"],
        "asked": "2024-11-05",
        "answers": [
            {
                "doctor": "dr-santos",
                "after_days": 3,
                "body": """Tiny rough bumps on the cheeks and thighs in a child with a history of eczema is a common picture of keratosis pilaris, which in young children often shows up as red cheeks. It is harmless, it is not an allergy, and it does not leave scars.

Keratosis pilaris is a build-up of keratin in the openings of hair follicles. It is more frequent in children who tend towards eczema and dry skin, and it often runs in families. On the face, the redness around each follicle can look like flushing, but your daughter has no fever and feels well, which is reassuring.

Food is very unlikely to be the cause, so please do not remove dairy or other foods because of this rash alone; that can affect her nutrition without helping her skin.

For a 5-year-old I would keep things simple:

- A thick, fragrance-free emollient twice a day on the cheeks and thighs, especially after bathing
- Short, warm (not hot) baths with a soap-free wash
- On the thighs, a mild **urea 5%** cream can be tried; avoid acids or exfoliating products on her face
- No scrubbing, exfoliating brushes or flannels rubbed hard on the skin

Improvement is gradual. Many children find it softens as they grow, although it can persist into the teenage years.

Please arrange an in-person visit with a pediatric dermatologist if the cheeks become scaly, weepy or very itchy (which would suggest an eczema flare), if the bumps turn into pus spots, if the rash spreads widely, or if the redness comes with fever or her being unwell.""",
            },
        ],
    },
    {
        "key": "a05-itchy-spots-after-hot-tub",
        "title": "Itchy red spots under my swim shorts after a hot tub weekend",
        "body": """Last weekend we rented a cabin with a hot tub and I spent a couple of hours in it each evening. Two days later I got a rash of itchy red bumps, some with a tiny white head, mostly on my stomach, sides, buttocks and upper thighs, basically where my swim shorts were. My face and arms are clear.

My friend who was also in the tub has a few spots too. I feel fine otherwise, no fever.

Is this something from the water? Do I need antibiotics or will it go away on its own?""",
        "age": "30-39",
        "sex": "male",
        "department": "dermatology",
        "tags": ["folliculitis", "red-spots", "itching"],
        "asked": "2025-08-04",
        "answers": [
            {
                "doctor": "dr-lindqvist",
                "after_days": 1,
                "body": """The timing, the areas covered by your swim shorts and the fact that your friend has spots too all point towards hot tub folliculitis. In healthy adults it usually clears on its own within one to two weeks, without antibiotics.

This type of folliculitis is caused by a bacterium, Pseudomonas aeruginosa, which thrives in warm water when the chlorine or bromine level is too low. Long soaks let it enter the hair follicles, and wet swimwear held against the skin prolongs the contact, which is why the covered areas are worst. It does not spread from person to person by touch; everyone affected caught it from the water.

What you can do now:

- Wash normally with soap and water and let the skin dry well
- Wear loose cotton clothing, and wash the swimwear thoroughly before using it again
- A fragrance-free soothing moisturiser or a non-drowsy antihistamine tablet can ease the itch
- Avoid shaving or waxing the area until the spots have settled
- Stay out of hot tubs until healed, and shower straight after any future soak

It is worth telling the cabin owner, so that the water treatment can be checked for the next guests.

Please see a doctor in person if you develop fever, spreading redness, larger painful lumps (boils), tender swollen glands in the groin or armpits, a sore ear or red eyes, or if the rash is not clearly improving after two weeks. People with diabetes or a weakened immune system should be seen earlier.""",
            },
        ],
    },
    {
        "key": "a06-bumps-neck-after-daily-shaving",
        "title": "Many bumps with pus on my neck after shaving every day",
        "body": """Hello doctor. I am man 27 years, I shave every day for my work (hotel reception, must be clean face). Since maybe one year I have many small bumps on my neck and under the jaw, some with pus, some itch a lot. Sometimes I see the hair curled inside the bump.

When I don't shave in the holiday it becomes better, but I cannot stop shaving. My hair is very curly. I use the cheap razor with 3 blades and foam.

What I can do? It is infection or acne? Thank you very much.""",
        "age": "20-29",
        "sex": "male",
        "department": "dermatology",
        "tags": ["folliculitis", "acne", "itching"],
        "asked": "2024-04-17",
        "answers": [
            {
                "doctor": "dr-huang",
                "after_days": 2,
                "body": """Bumps mainly where you shave, hairs curled inside them and improvement on holiday suggest razor bumps (pseudofolliculitis barbae), sometimes with a mild bacterial folliculitis on top. It is not typical acne, and changing how you shave usually helps a lot.

Curly beard hair that is cut very short and sharp tends to curve back and grow into the skin. The body reacts to it like a small splinter, which causes red bumps, itching and sometimes pus. Multi-blade razors pull the hair and cut it below the skin surface, so the problem becomes more likely.

Practical changes that often help:

- Switch to a **single-blade razor** or, better, an electric trimmer that leaves very short stubble; ask your manager if this is acceptable
- Before shaving, wash with warm water and use a shaving gel for sensitive skin
- Shave in the direction the hair grows, do not stretch the skin, and avoid going over the same spot many times
- Do not pluck ingrown hairs; if the tip is visible at the surface, lift it gently with clean tweezers
- After shaving, use a cool wet cloth and a gentle moisturiser. A **benzoyl peroxide 2.5–5% wash** on the neck can reduce pus spots

Most people see improvement in 2–4 weeks.

Please visit a dermatologist in person if you get painful lumps, dark marks or thick raised scars (keloids), or if pus spots keep coming despite these changes. A doctor can prescribe antibiotic or retinoid creams, and laser hair removal is a long-term option for some people. A short medical note may also help you agree on a shaving arrangement with your employer.""",
            },
        ],
    },
    {
        "key": "a07-cheeks-flush-and-sting-easily",
        "title": "My cheeks flush and sting with almost everything I try",
        "body": """For about two years my cheeks have been going red very easily: after a glass of wine, a hot shower, spicy food, or when I walk into a warm office in winter. Lately the redness stays longer and I have noticed small red bumps and a few tiny visible blood vessels near my nose. The skin stings with many creams, even ones labelled for sensitive skin.

I am 46 with fair skin that burns easily. A friend told me it's adult acne and to use a salicylic scrub, but that made everything burn for days.

What is this, and what should I avoid? I am quite self-conscious in work presentations when I go bright red.""",
        "age": "40-49",
        "sex": "female",
        "department": "dermatology",
        "tags": ["rosacea", "acne", "sun-damage"],
        "asked": "2025-10-28",
        "answers": [
            {
                "doctor": "dr-patel",
                "after_days": 1,
                "body": """Flushing with clear triggers, redness that lingers, small red bumps and visible vessels are typical features of rosacea, a common long-term condition in fair-skinned adults. It is different from acne, and scrubs and strong acne products usually make it worse, as you found out.

Rosacea involves easily reactive blood vessels and inflammation in the central face. It comes and goes in flares, and without care the background redness can slowly become more permanent. The good news is that it responds well to gentle skin care plus, where needed, prescription treatment.

What you can do now:

- Keep a simple diary for a few weeks to identify your own triggers; heat, alcohol, spicy food, hot drinks, sun and strong emotions are the usual ones
- Use a mild, soap-free cleanser and a fragrance-free moisturizer, and stop scrubs, alcohol-based toners and products with menthol or witch hazel
- Apply a **mineral sunscreen (zinc oxide or titanium dioxide), SPF 30 or higher** every day, as sun is a major trigger
- A green-tinted primer can tone down redness before presentations
- During a flush, a cool (not ice-cold) compress can calm the skin

For the bumps, prescription creams such as metronidazole, azelaic acid or ivermectin work well, sometimes combined with a low-dose oral antibiotic. Persistent redness can be reduced with prescription gels or with vascular laser or light treatment.

Please book an in-person visit with a dermatologist to confirm the diagnosis and start prescription treatment. Be seen sooner if your eyes become gritty, red or sore, or if the skin on your nose starts to thicken.""",
            },
        ],
    },
    {
        "key": "a08-red-bumpy-nose-and-gritty-eyes",
        "title": "Red, bumpy nose getting bigger and my eyes feel full of sand",
        "body": """My wife made me write this. I'm 57, outdoor work all my life. My nose has got redder, a bit bumpy and bigger over the last few years, and my cheeks are red with some pimples. My eyes are often dry and feel like there is sand in them, especially in the morning. Also flaky skin in my eyebrows and beside the nose.

No pain, doesn't itch much. People joke that I drink, but I hardly do. Is there anything that can be done or is it just age?""",
        "age": "50-59",
        "sex": "male",
        "department": "dermatology",
        "tags": ["rosacea", "seborrheic-dermatitis", "red-spots"],
        "asked": "2026-05-09",
        "answers": [
            {
                "doctor": "dr-chen",
                "after_days": 1,
                "body": """This is not just age, and it is not a sign of drinking. A red, gradually thickening nose with pimples on the cheeks and gritty eyes is a well-recognised pattern of rosacea, and the flaky eyebrows suggest seborrhoeic dermatitis, which often appears alongside it. Both can be treated.

Rosacea can affect the skin of the central face, the oil glands of the nose and the eyes. Over the years some men develop enlargement of the nose, called rhinophyma, caused by overgrown oil glands and thickened tissue. The popular link with alcohol is unfair: many people with rosacea drink little or nothing. Decades of sun and wind at work can, however, make the redness worse.

The dry, gritty eyes deserve attention. Ocular rosacea can inflame the eyelids and, less often, the surface of the eye itself.

Things you can start now:

- A daily sunscreen of SPF 30 or higher, and a hat at work
- A gentle cleanser, no scrubs
- Warm compresses on closed eyelids for a few minutes each morning, then gentle cleaning of the lid margins
- Lubricating eye drops (artificial tears) when needed
- A ketoconazole or zinc-based wash on the eyebrows and sides of the nose two or three times a week

Please see a dermatologist in person: the bumps usually need prescription treatment, sometimes tablets, and early nose thickening can be slowed, while established thickening can be reshaped with laser or surgery. See an eye doctor promptly if you have eye pain, blurred vision or sensitivity to light.""",
            },
            {
                "doctor": "dr-patel",
                "after_days": 3,
                "body": """I agree with Dr. Chen's explanation, and I would add a few practical points about treatment, because men in your situation often wait a long time before asking.

For the pimples and redness, a dermatologist will commonly start with a prescription cream such as ivermectin or metronidazole. If the rosacea is widespread or affects the eyes, a low-dose doxycycline course over several weeks is often added. These treatments are generally well tolerated, but tell the doctor about all the other medicines you take.

For the nose itself:

- Early thickening can sometimes be reduced with low-dose isotretinoin tablets, which need blood tests and regular follow-up
- Established rhinophyma responds well to procedures such as ablative laser, electrosurgery or careful surgical reshaping, usually under local anesthetic, with good cosmetic results
- These procedures are done by dermatologists or plastic surgeons, so ask for a referral if the shape of your nose bothers you

A few habits make a real difference over time: a wide-brimmed hat, sunscreen reapplied at lunchtime, and a scarf or neck gaiter over the lower face in cold wind. Keeping the seborrheic dermatitis under control also calms the redness around the nose.

At your appointment, describe how your eyes feel each morning, because eyelid care is part of managing rosacea. Seek urgent care the same day if one eye becomes painful, red and sensitive to light, or if your vision changes.""",
            },
        ],
    },
    {
        "key": "a09-flaky-eyebrows-and-nose-creases",
        "title": "Greasy flakes in my eyebrows and beside my nose, worse with stress",
        "body": """Hi. I'm 24 and for a few months I've had flaky, slightly greasy patches in my eyebrows, in the creases beside my nose and behind my ears. It's red underneath and itchy, and it gets much worse when I'm stressed (I'm writing my thesis right now, so it's bad). I also have some dandruff.

Moisturiser makes it look better for an hour and then the flakes come back. I'm embarrassed on video calls because the flakes show up on camera.

Is this eczema? Is it contagious? What actually helps?""",
        "age": "20-29",
        "sex": "other",
        "department": "dermatology",
        "tags": ["seborrheic-dermatitis", "dry-skin", "itching"],
        "asked": "2024-02-26",
        "answers": [
            {
                "doctor": "dr-okafor",
                "after_days": 1,
                "body": """Greasy flakes in the eyebrows, beside the nose and behind the ears together with dandruff is a typical pattern of seborrhoeic dermatitis. It is not contagious and not caused by poor hygiene. It usually responds well to simple treatment, although it tends to return, especially with stress.

Seborrhoeic dermatitis is a type of dermatitis that appears where the skin has many oil glands. A yeast called Malassezia, which lives on everyone's skin, seems to trigger inflammation in people who are prone to it. Stress, poor sleep and cold, dry weather are classic flare factors, so your thesis period fits.

Moisturiser alone does not treat the underlying inflammation, which is why the flakes keep coming back. What usually helps:

- Wash your scalp with a **ketoconazole 2% shampoo** two or three times a week, leaving the lather on for 3–5 minutes
- Use the same shampoo as a face wash on the affected areas: lather, leave it for a minute or two, then rinse well
- Follow with a light, non-greasy moisturiser
- For red, itchy flares, a doctor or pharmacist may suggest a mild steroid cream such as hydrocortisone 1% for a few days only; long-term steroid use on the face should be avoided
- Once it clears, keep using the shampoo once a week to prevent relapses

Most people see clear improvement within 2–4 weeks.

Please see a dermatologist in person if there is no improvement after a month, if patches spread to the chest or body folds, if the skin becomes painful or weepy, or if you notice thick, silvery scale on the scalp or elsewhere, as psoriasis can look similar.""",
            },
        ],
    },
    {
        "key": "a10-thick-yellow-scalp-scales-itching",
        "title": "Thick yellow scales on my scalp and more hair in the brush",
        "body": """Dear doctor, I am a 66-year-old woman and over the past year my scalp has become very itchy, with thick yellowish scales that stick to the skin, mostly on the top of my head and along the hairline at the back. When I scratch, the scales come off in pieces and I see more hairs in my brush than before.

My hairdresser suggested it might be psoriasis. I have used an anti-dandruff shampoo from the supermarket for two months without much change.

I also have Parkinson's disease, diagnosed three years ago, in case that is relevant. Am I going to lose my hair? What else can I try?""",
        "age": "60-69",
        "sex": "female",
        "department": "dermatology",
        "tags": ["seborrheic-dermatitis", "hair-loss", "itching", "psoriasis"],
        "asked": "2025-12-02",
        "answers": [
            {
                "doctor": "dr-lindqvist",
                "after_days": 4,
                "body": """Your symptoms fit well with scalp seborrhoeic dermatitis, and it is helpful that you mention Parkinson's disease, because this kind of dermatitis is noticeably more common in people with Parkinson's. Scalp psoriasis can look similar, so an examination is worthwhile, but in either case hair loss from scratching and inflammation is usually temporary.

Thick, stuck-on scale shields the inflamed skin underneath, so an ordinary anti-dandruff shampoo struggles to reach it. The key is to loosen the scale first and then treat the scalp itself.

A reasonable plan:

- Soften the scale: in the evening, apply warm olive oil or a salicylic acid scalp preparation, cover with a shower cap and wash it out the next morning
- Then wash with a **ketoconazole 2% shampoo**, leaving it on for 5 minutes, two or three times a week; on other days a coal tar or zinc pyrithione shampoo can be used
- Lift loosened scales gently with a fine comb instead of scratching with your nails
- Avoid very hot hair dryers and tight hairstyles while the scalp is inflamed

If the itch stays strong, your doctor can prescribe a steroid scalp lotion or foam for short periods, which helps both seborrhoeic dermatitis and psoriasis.

The extra hairs in your brush are most likely due to scratching and inflammation, and they usually regrow once the scalp settles. Thinning at any age can also have other causes, such as low iron or thyroid problems, which your doctor can check with a blood test.

Please arrange an in-person examination if there is no improvement after 4–6 weeks, if you see patches of complete hair loss or scaly plaques on your elbows, knees or nails, or if the scalp becomes painful, oozing or crusted.""",
            },
        ],
    },
    {
        "key": "a11-hair-shedding-after-high-fever",
        "title": "Losing handfuls of hair three months after a high fever",
        "body": """I am really scared. About three months ago I had a bad flu with a high fever for almost a week. Now my hair is falling out in handfuls, in the shower and on my pillow, all over my head, not in one spot. My ponytail feels half as thick as before. I am 38.

I also just noticed a strange horizontal dent across several of my fingernails, at about the same distance from the base on each nail.

My mother had thin hair in old age and I am terrified I am going bald. Should I wash my hair less often? Are there vitamins I should take? Is the nail thing related?""",
        "age": "30-39",
        "sex": "female",
        "department": "dermatology",
        "tags": ["hair-loss", "nail-problems"],
        "asked": "2026-03-15",
        "answers": [
            {
                "doctor": "dr-huang",
                "after_days": 0,
                "body": """What you describe sounds very much like telogen effluvium, a temporary shedding that commonly starts two to four months after a high fever, a serious illness or another major strain on the body. In most people the hair grows back fully, and the nail dents fit the same story.

Hair grows in cycles. A severe illness can push many growing hairs into the resting phase at the same time, and about three months later they all fall out together, which is why the shedding looks so dramatic and is spread over the whole scalp. The horizontal dents in your nails, called Beau's lines, form in a similar way: nail growth paused briefly while you were ill, and the dent moves outward as the nail grows.

What you can do:

- Wash and brush your hair normally; washing does not cause extra loss, it only collects hairs that were already going to fall
- Eat regular, balanced meals with enough protein
- Avoid tight hairstyles and harsh chemical treatments for now
- Do not start high-dose supplements blindly; biotin in particular can interfere with some blood tests. Instead, ask your doctor to check iron stores (ferritin), thyroid function and vitamin D
- Expect shedding to slow over 3–6 months, with short new hairs along the hairline before the volume returns

Your mother's thinning in old age does not mean this episode is inherited hair loss, although the two can coexist later in life.

Please see a doctor or dermatologist in person if the shedding continues beyond six months, if you notice bald patches, a widening parting, or scalp redness or scaling, or if you feel unusually tired, cold or unwell, which could point to a thyroid or iron problem.""",
            },
        ],
    },
    {
        "key": "a12-round-bald-spot-teenager",
        "title": "Round bald spot on the back of my head at 14",
        "body": """Hi, I'm 14. Two weeks ago my friend saw a round bald spot on the back of my head, about the size of a coin. The skin is totally smooth, not red or flaky, and it doesn't hurt or itch. Now I found a second smaller one above my ear.

I'm freaking out because I have long hair and I don't want people at school to see. My mum has vitiligo on her hands, if that matters. Also my nails have little dots in them like pinholes.

Will my hair grow back? Is it because of stress from exams?""",
        "age": "10-19",
        "sex": "female",
        "department": "pediatric-dermatology",
        "tags": ["hair-loss", "nail-problems", "vitiligo"],
        "asked": "2025-05-20",
        "answers": [
            {
                "doctor": "dr-moreau",
                "after_days": 1,
                "body": """A smooth, round bald patch with no redness or flaking, together with tiny pits in the nails, is typical of alopecia areata. It is not your fault, it is not contagious, and in many young people the hair grows back, often within a year.

Alopecia areata happens when the immune system mistakenly targets hair follicles and makes them pause hair growth. The follicles are not destroyed, which is why regrowth is possible. It is more common in families where someone has another autoimmune condition, such as vitiligo or thyroid disease, so your mum's vitiligo is a useful detail. Stress may act as a trigger for some people, but it is not the main cause, and your exams did not give this to you.

Things that can help now:

- Tell a parent and book a visit with a doctor; a dermatologist can usually confirm this by looking at the scalp with a magnifier
- Changing your parting or hairstyle usually hides small patches well
- Be gentle: no tight ponytails over the patches, and protect bare skin with a hat or sunscreen in summer
- For small patches, treatments include steroid creams or foams and, for some teenagers, steroid injections into the patch; your doctor will choose what suits your age
- Talk to someone you trust; feeling upset about hair loss is completely normal

New hair sometimes grows back fine and white at first, then darkens over time.

Please be seen in person soon, as the doctor may also want to check your thyroid. Go sooner if patches spread quickly, if you lose eyebrows or eyelashes, or if the scalp becomes red, scaly or sore, because a fungal scalp infection can cause patches too and needs tablets instead.""",
            },
        ],
    },
    {
        "key": "a13-prickly-rash-back-during-heatwave",
        "title": "Prickly red rash on my back and chest during the heatwave",
        "body": """During the heatwave last week I developed a rash of tiny red prickly bumps across my upper back, chest and the sides of my neck. It stings more than it itches, and it is worse at night.

I am 74 and retired. Our flat has no air conditioning, and I tend to sleep on my back wearing a synthetic vest. Last winter my doctor prescribed a greasy ointment for dry skin on my legs, and I have been rubbing it on my back as well in case it helps, but the rash only got worse. I take blood pressure tablets, nothing new.

Could this be an allergy to the ointment?""",
        "age": "70-79",
        "sex": "male",
        "department": "dermatology",
        "tags": ["heat-rash", "itching", "red-spots", "folliculitis"],
        "asked": "2024-07-30",
        "answers": [
            {
                "doctor": "dr-patel",
                "after_days": 1,
                "body": """This is most likely prickly heat (miliaria), which happens when sweat ducts become blocked in hot, humid conditions. A thick, greasy ointment and a synthetic vest are common reasons for it to get worse, so I would stop both on your back for now. An allergy to the ointment is possible but less likely.

When sweat cannot escape to the surface, it leaks into the skin around the sweat duct and causes clusters of tiny red bumps that prickle or sting. The upper back, chest, neck and skin folds are typical sites, especially in people who sleep lying on their back. Older adults are more prone because they cool down less efficiently.

What to do:

- Keep the skin as cool as possible: use a fan, take a cool shower or use a damp cloth before bed, and sleep on a cotton sheet
- Wear loose, light cotton clothing, or sleep without the vest on hot nights
- Stop the ointment on your back and chest, and keep using it only where it was prescribed, on the dry skin of your legs
- Calamine lotion or a light, water-based moisturizer can soothe the stinging
- Drink enough fluids in hot weather, and ask your doctor whether your blood pressure tablets need any adjustment during heatwaves

The rash usually fades within a few days once the skin stays cool.

Please see a doctor in person if the bumps become painful or fill with pus, if the rash spreads or persists after a week in cooler conditions, or if you develop fever. Dizziness, confusion or marked weakness in the heat can be signs of heat illness and need urgent care.""",
            },
        ],
    },
    {
        "key": "a14-tiny-blisters-after-long-runs",
        "title": "Tiny clear blisters under my sports bra after long runs",
        "body": """I started training for a half marathon this summer. After long runs I get loads of tiny clear blisters, like little water droplets, under my sports bra band and along my waistband, plus some itchy red bumps in my groin crease.

The blisters pop easily when I towel off and are mostly gone by the next day, but the groin bit has lasted about two weeks now and has a slightly redder edge.

I'm 26 and healthy. Is it all heat rash or something else? Race is in 5 weeks.""",
        "age": "20-29",
        "sex": "female",
        "department": "dermatology",
        "tags": ["heat-rash", "tinea", "blisters", "itching"],
        "asked": "2026-07-08",
        "answers": [
            {
                "doctor": "dr-chen",
                "after_days": 2,
                "body": """The tiny clear blisters that appear after running and clear within a day are typical of the mildest form of heat rash, miliaria crystallina, which is harmless. The groin patch that has lasted two weeks with a redder edge is a different matter and could be a fungal infection (tinea cruris), which needs its own treatment.

Miliaria crystallina happens when sweat is trapped just beneath the very top layer of skin, often under tight bands of clothing. It does not scar and needs nothing more than keeping the skin cool and dry.

A slowly spreading itchy patch in the groin with a more active border, on the other hand, suggests a ringworm-type fungus, which thrives in warm, damp skin folds. Sweat and friction from training make both problems more likely.

Practical steps before your race:

- Choose moisture-wicking, well-fitting kit, and change out of it and shower as soon as possible after runs
- Pat rather than rub the skin dry, and make sure skin folds are completely dry before dressing
- For the groin, use an over-the-counter antifungal cream such as **clotrimazole or terbinafine** as directed on the pack, and carry on for a while after the skin looks clear
- Avoid steroid creams on the groin patch unless a doctor advises them, as they can make a fungal rash spread
- Check your feet: athlete's foot can spread to the groin via towels, so use a separate towel for your feet

Please see a doctor in person if the groin patch does not clearly improve after two weeks of antifungal cream, if it becomes painful or weepy or develops pus spots, if you have a fever, or if the heat rash keeps appearing even in cool conditions.""",
            },
        ],
    },
    {
        "key": "a15-sweaty-palms-since-school",
        "title": "My palms have been dripping with sweat since school",
        "body": """This is embarrassing to write. I am 42 and since school my palms have sweated so much that I wipe them on my trousers before every handshake. Paper gets wet when I write, and my phone screen is always smudged. It happens even in winter and when I'm relaxed, although nerves make it worse. I never sweat much at night. My feet are similar.

In summer I also get small itchy blisters along the sides of my fingers.

I have just started a new job as a sales manager with lots of client meetings. Is there actually a treatment for this, or is it just how I am made?""",
        "age": "40-49",
        "sex": "male",
        "department": "dermatology",
        "tags": ["hyperhidrosis", "eczema", "blisters"],
        "asked": "2024-09-12",
        "answers": [
            {
                "doctor": "dr-okafor",
                "after_days": 2,
                "body": """Yes, there are effective treatments. Heavy sweating of the palms and soles that began in your youth, happens even when you are calm and stops during sleep is typical of primary focal hyperhidrosis, a common and recognised condition.

In primary hyperhidrosis the sweat glands themselves are normal, but the nerve signals that drive them are overactive. It often runs in families. The itchy blisters on your fingers in summer may be a form of hand eczema called pompholyx, which is more common in people with sweaty palms.

Treatments are usually tried step by step:

- **Aluminium chloride antiperspirant** applied at night to completely dry palms and washed off in the morning, several nights a week at first and then less often; it can sting, and a moisturiser in the morning helps
- **Tap water iontophoresis**: the hands rest in shallow trays of water carrying a mild electric current for about 20 minutes, several times a week, then less often for maintenance; home devices are available
- **Botulinum toxin injections** into the palms, which can reduce sweating for several months
- Tablets that reduce sweating throughout the body, which can cause side effects such as a dry mouth
- Surgery on the nerves that control sweating, only as a last resort, because it can cause heavier sweating elsewhere

For the blisters, a bland emollient and, during flares, a prescription steroid cream usually help.

Please see a dermatologist in person to plan treatment, particularly for iontophoresis or injections. See a doctor sooner if sweating ever starts suddenly, affects your whole body, or comes with night sweats, weight loss or fever, as that needs investigation.""",
            },
        ],
    },
    {
        "key": "a16-sweaty-smelly-feet-with-pits",
        "title": "Sweaty, smelly feet with small pits on the soles",
        "body": """My feet sweat constantly and the smell has become so strong that I am ashamed to take my shoes off, even at home in front of my family. I am 53 and work long shifts in a warehouse wearing safety boots.

I noticed the soles of my feet have lots of small shallow pits, like tiny craters, especially under the heels and the balls of the feet, and they look white and soggy after a shift. Between my toes the skin peels and itches, and one big toenail has become yellow and thicker.

I have had sweaty feet all my life, but this last year it's worse, maybe because of menopause? I already change my socks twice a day. What can I do?""",
        "age": "50-59",
        "sex": "female",
        "department": "dermatology",
        "tags": ["hyperhidrosis", "tinea", "nail-problems"],
        "asked": "2026-08-21",
        "answers": [
            {
                "doctor": "dr-lindqvist",
                "after_days": 1,
                "body": """The small craters on your soles, together with a strong odour and soggy skin, suggest pitted keratolysis, a superficial bacterial infection that thrives on sweaty feet in closed boots. The peeling, itchy toe webs and the thickened toenail sound more like athlete's foot and a fungal nail infection. All three are driven by moisture, so controlling sweat is the foundation of treatment.

Pitted keratolysis is caused by bacteria that digest the outer layer of the skin and release sulphur compounds, which explains the smell. It is usually treated for a few weeks with a prescription antibiotic cream or gel, such as clindamycin, erythromycin or fusidic acid.

Things to do at the same time:

- Apply an **aluminium chloride antiperspirant** to dry soles at night a few times a week
- Wear moisture-wicking socks (wool blend or synthetic sports socks rather than cotton) and keep changing them mid-shift
- Use two pairs of boots and alternate them so each can dry out for 24 hours, with removable insoles that you can wash
- Wash and dry your feet carefully, including between the toes, and apply a terbinafine or clotrimazole cream to the toe webs twice a day
- An antiseptic wash can help with the odour while treatment starts

Please see your doctor in person to confirm the diagnosis, start antibiotic treatment and examine the toenail; a nail sample should confirm fungus before any long course of tablets. Seek care sooner if you have diabetes, cracks that bleed, or redness spreading up the foot.""",
            },
            {
                "doctor": "dr-huang",
                "after_days": 3,
                "body": """Dr. Lindqvist has covered the main points well. I would add some detail on the sweating itself and on your menopause question, because long-term control of moisture is what stops these problems from coming back.

Menopause mainly causes hot flushes and night sweats affecting the upper body. It can make sweating feel worse overall, but lifelong sweaty feet are more typical of primary focal hyperhidrosis. It is still worth mentioning the recent change to your doctor, since increased sweating sometimes has other causes, such as thyroid problems or certain medicines.

If aluminium chloride is not enough or irritates your skin, there are further options:

- **Tap water iontophoresis** for the soles, several times a week at first, is effective and can be done at home once you have been shown how
- **Botulinum toxin injections** into the soles can work, though they are more uncomfortable there than in the palms
- Tablets that reduce sweating suit some people, with possible side effects such as dry mouth and constipation

At work, ask whether breathable or ventilated safety boots are allowed, and consider an absorbent foot powder in the boots at the start of each shift.

For the toenail, once fungus is confirmed, treatment may mean tablets for several months or, in milder cases, a medicated nail lacquer. Treating the skin between your toes first lowers the chance of re-infection.

Please see a doctor in person to start treatment, and ask for a thyroid check if the change in sweating felt sudden or if you notice weight change, palpitations or trembling.""",
            },
        ],
    },
]
