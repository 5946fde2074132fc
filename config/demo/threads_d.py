"""Demo Q&A threads, batch D.

Main topics: shingles, cold sores, moles, sun damage, melasma, vitiligo,
cherry angiomas and hair loss. THREADS holds 16 answered threads (keys d01-d16);
PENDING holds 6 questions still waiting for a doctor (keys p01-p06).
All text is original demo content written for this project.
"""

THREADS = [
    {
        "key": "d01-painful-band-rash-left-side-ribs",
        "title": "Burning pain on my left side and now a strip of blisters around my ribs",
        "body": """Good morning. I am 74 and for about four days I have had a burning, stabbing pain under my left breast that goes round towards my back. I thought it was a pulled muscle from gardening. Yesterday a band of red skin came up in the same place, and this morning there are small clusters of blisters on it, some with clear fluid inside.

It is only on the left side and it stops exactly in the middle of my chest. The pain is worse at night and even my nightdress touching it hurts.

I had chickenpox as a girl. My daughter is bringing my new granddaughter, who is six weeks old, to stay with me at the weekend. Should I put her off? And is it too late for any medicine? My neighbour says you need to start tablets quickly.""",
        "age": "70-79",
        "sex": "female",
        "department": "dermatology",
        "tags": ["shingles", "blisters", "red-spots"],
        "asked": "2025-10-06",
        "answers": [
            {
                "doctor": "dr-chen",
                "after_days": 0,
                "body": """What you describe, a one-sided band of pain followed by grouped blisters that stops at the midline, is very typical of **shingles (herpes zoster)**. Please see your GP or an urgent care clinic **today** rather than waiting.

Shingles is a reactivation of the chickenpox virus, which has been sleeping in a nerve since childhood. The rash follows the strip of skin supplied by that nerve, which is why it stays on one side.

**About the tablets:** antiviral medicine works best when started within 72 hours of the rash appearing. Your rash is about a day old, so you are well within that window. Even when timing is borderline, doctors often still prescribe, especially for people over 50 and while new blisters are forming, so please do not let the clock put you off.

**About your granddaughter:** nobody can catch shingles from you, but the fluid in the blisters can give chickenpox to someone who has never had it or been vaccinated. A six-week-old baby is exactly the person to protect, so I would gently postpone the visit until every blister has crusted over. That usually takes seven to ten days.

In the meantime:
- Keep the area clean and dry, covered with a loose non-stick dressing.
- Wear soft, loose cotton and avoid tight straps over the rash.
- Paracetamol is reasonable for pain if it is normally safe for you; ask about stronger options if the pain keeps you awake.
- Do not break the blisters or put creams on them.

Please seek help urgently if the rash spreads widely over your body, if you develop a fever and feel confused or very unwell, or if any spots appear on your face, especially near the eye.""",
            },
            {
                "doctor": "dr-huang",
                "after_days": 1,
                "body": """I agree with Dr. Chen, and I would add a few words about the pain, because at your age that is often the part that lasts longest.

Some people keep a burning or electric pain in the same area for weeks or months after the skin has healed. This is called **post-herpetic neuralgia**. Starting antivirals early and getting the pain under control early both seem to lower the chance of it, so please tell your doctor honestly how much it hurts, including at night.

Things that help many of my patients:
- A cool, damp cloth over the area for 10 to 15 minutes a few times a day.
- Loose layers, or a soft cotton vest worn inside out so the seams do not rub.
- Asking about **nerve-pain medicines** if ordinary painkillers do not touch it. These work differently from regular painkillers, need a prescription, and are usually started at a low dose in older adults.

Once the rash has fully healed, it is worth asking your GP about the **shingles vaccine**. Having had shingles does not make you immune to another episode, and the vaccine lowers both the chance of it coming back and the risk of long-lasting nerve pain. Your doctor can advise you on the right timing.

Please go back to your doctor if the pain is still strong once the skin has healed, if the healed area starts to itch intensely, or if the blisters look infected, with spreading redness, yellow crusts or pus.""",
            },
        ],
    },
    {
        "key": "d02-tingling-forehead-blisters-near-eyebrow",
        "title": "Tingling on one side of my forehead and a few blisters above the eyebrow",
        "body": """Hi. Since Sunday the right side of my forehead and scalp has felt sore and prickly, like a bad sunburn, and even my hair hurts when I brush it. Today I noticed four or five small blisters just above my right eyebrow and one on the side of my nose. My right eye is a bit watery but I can see fine.

I am 56, generally healthy, and take tablets for blood pressure. I have an important work trip on Thursday. Is this something that can wait until I am back, or should I be worried?""",
        "age": "50-59",
        "sex": "male",
        "department": "dermatology",
        "tags": ["shingles", "blisters", "red-spots"],
        "asked": "2024-03-18",
        "answers": [
            {
                "doctor": "dr-okafor",
                "after_days": 0,
                "body": """Please do not wait until after your trip. One-sided pain followed by blisters on the forehead strongly suggests **shingles affecting the nerve that also supplies the eye**, and the blister on the side of your nose makes me more concerned that the eye could become involved. I would like you to be seen **today**, ideally somewhere that can also arrange an eye examination.

Shingles in this area is called herpes zoster ophthalmicus. In many people the eye is spared, but when it is affected it can cause inflammation of the cornea or inside the eye, which needs early treatment to protect your sight. A spot on the side or tip of the nose is a recognised warning sign, because the same nerve branch supplies the surface of the eye.

What usually happens next:
- Antiviral tablets, ideally started within 72 hours of the rash appearing.
- An eye check with special drops and a lamp, even if your vision seems normal.
- Pain relief and advice on caring for the skin.

Until you are seen:
- Do not rub the eye, and do not use old eye drops you have at home.
- Keep the blisters clean and leave them intact.
- Avoid close contact with pregnant women, newborn babies and anyone who has never had chickenpox.

Go straight to an emergency department if your eye becomes red and painful, your vision blurs, light starts to hurt, or you develop a severe headache, confusion or a stiff neck. Once treatment has started, your doctor can tell you whether travelling on Thursday is sensible.""",
            },
        ],
    },
    {
        "key": "d03-toddler-sores-lips-gums-fever",
        "title": "My 3-year-old has sores all over his lips and gums and won't eat",
        "body": """My son is three and a half. Two days ago he had a fever of 38.9 and was very grumpy, and now he has lots of small sores on his lips and the tip of his tongue, and his gums are swollen and bleed a little when I brush his teeth. He dribbles a lot and cries when he eats. He only wants ice lollies.

He has eczema on his arms and behind his knees, which is quite bad at the moment because of the cold weather. He keeps putting his fingers in his mouth and then scratching his arms.

His nursery said it might be hand, foot and mouth because it is going around, but he has no spots on his hands or feet. My mother says it is a cold sore. Can a cold sore be this big? What can I give him?""",
        "age": "0-9",
        "sex": "male",
        "department": "pediatric-dermatology",
        "tags": ["cold-sores", "blisters", "eczema"],
        "asked": "2026-01-12",
        "answers": [
            {
                "doctor": "dr-moreau",
                "after_days": 0,
                "body": """This sounds most like a **first infection with the cold sore virus (herpes simplex)**, which in young children often looks far more dramatic than an ordinary cold sore, with fever, swollen bleeding gums and many mouth ulcers. Because he also has active eczema, I would like him to be **seen by a doctor today**.

The first time a child catches this virus it is called herpetic gingivostomatitis. It is common between one and five years of age and usually settles within 7 to 14 days. Hand, foot and mouth disease can also cause mouth ulcers, but these tend to sit further back in the mouth and usually come with spots on the hands, feet or bottom.

The reason for urgency is his eczema. The herpes virus can spread into eczema-damaged skin and cause **eczema herpeticum**, a serious infection that needs prompt antiviral treatment. Watch his arms and knees for clusters of small punched-out sores, crusts or blisters that look different from his usual eczema.

At home, while you arrange to be seen:
- Drinking matters more than eating. Offer small sips often: cool water, milk, ice lollies, yoghurt. Avoid acidic juice and salty or crunchy food.
- Paracetamol or ibuprofen at the right dose for his weight can ease pain and fever.
- Keep his nails short, wash his hands often, and gently discourage mouth-then-eczema touching.
- Give him his own towel and cup, and avoid kisses for now.

Seek urgent care straight away if he is drinking very little or passing much less urine, seems unusually drowsy, has sores near his eyes, or if his eczema suddenly becomes painful, weepy or crusted.""",
            },
        ],
    },
    {
        "key": "d04-cold-sore-every-ski-trip",
        "title": "I get a cold sore every single time I go skiing, can I prevent it?",
        "body": """Hi, I'm 27 and I've had cold sores since I was a teenager, maybe two or three a year. The annoying thing is that I almost always get one two or three days into a ski holiday, and I also got one after a beach weekend last summer. Always the same place, on my lower lip on the right.

I usually feel a tingle first, then blisters, then a crust that takes over a week to go. I use the cream from the pharmacy but honestly I'm not sure it does much.

I'm going away again in three weeks for a friend's wedding in the mountains and I really don't want a big sore in the photos. Is there anything stronger I can take, or something to do before I go?""",
        "age": "20-29",
        "sex": "female",
        "department": "dermatology",
        "tags": ["cold-sores", "sun-damage", "blisters"],
        "asked": "2025-02-03",
        "answers": [
            {
                "doctor": "dr-lindqvist",
                "after_days": 2,
                "body": """Yes, there is quite a lot you can do. Sunlight is one of the best known cold sore triggers, and snow reflects a large amount of ultraviolet light, so your pattern makes good sense and is very preventable.

Cold sores come from the herpes simplex virus, which stays in a nerve after the first infection and can be reactivated by ultraviolet light, fever, stress, tiredness or injury to the lip. The tingle you feel is the virus travelling back along the nerve to the skin.

**Protect your lips from UV**
- Use a lip balm with SPF 30 or higher every day of the trip, and reapply every couple of hours and after eating or drinking.
- Keep it up on cloudy days too; altitude increases UV exposure.

**Ask your doctor about antiviral tablets**
Pharmacy creams only shorten an outbreak slightly. Prescription antiviral tablets are more effective, and for someone with a clear trigger a doctor may offer:
- a short course to take just before and during a high-risk trip, or
- a supply to keep with you and start at the very first tingle, sometimes as a single day of higher dosing.

Which option suits you, and whether it fits with any other medicines you take, is a conversation for your GP or dermatologist, so try to book an appointment before you leave.

**During an outbreak**
- Avoid touching or picking the crust, and wash your hands after applying anything.
- Avoid kissing and sharing cups, especially with babies or anyone with eczema.

Please see a doctor promptly if a sore ever appears near your eye, if outbreaks become very frequent, for example six or more a year, or if a sore has not healed within two weeks.""",
            },
        ],
    },
    {
        "key": "d05-mole-on-back-changed-partner-noticed",
        "title": "My partner says a mole on my back has changed and I'm scared",
        "body": """Hello, I'm 34 and honestly I'm panicking a bit. My partner put sun cream on my back at the weekend and said a mole under my left shoulder blade looks bigger and darker than he remembers. I can't see it properly myself, so he took photos.

It's about the size of a pencil eraser, mostly brown, but one edge looks almost black and the border is smudgy on that side. It has itched a few times this month, which I put down to my bra strap. It hasn't bled.

I had lots of sunburns as a teenager, I have fair skin and freckles, and my dad had a melanoma removed from his leg five years ago. I googled and now I can't sleep. How quickly should I get this looked at, and what will they do?""",
        "age": "30-39",
        "sex": "female",
        "department": "dermatology",
        "tags": ["moles", "sun-damage", "itching"],
        "asked": "2025-07-21",
        "answers": [
            {
                "doctor": "dr-patel",
                "after_days": 0,
                "body": """I'm sorry you are so worried, and you have done exactly the right things by noticing the change and taking photos. A mole that has grown, darkened unevenly, developed a blurred edge and started to itch should be **examined by a doctor within the next week or two**, rather than watched at home. Most changing moles turn out to be harmless, but this is the situation where an in-person check really matters.

Doctors use the **ABCDE** checklist to decide which moles need a closer look:
- **A**symmetry: the two halves look different.
- **B**order: irregular, notched or blurred edges.
- **C**olour: several shades, or very dark areas.
- **D**iameter: larger than about 6 mm, although melanomas can be smaller.
- **E**volving: any change in size, shape or colour, or new symptoms such as itching or bleeding.

Your mole ticks several boxes, and your fair skin, past sunburns and your father's melanoma all raise your baseline risk. That does not mean this is cancer. It means you deserve a proper look.

**What to expect:** your GP or dermatologist will examine it with a dermatoscope, a small magnifying light. If there is any doubt, the usual next step is to remove the whole mole under local anaesthetic, a quick procedure, and send it to the lab. Results usually take one to three weeks.

When you book, mention both the change and your family history, as this often helps you get an earlier appointment, and bring your partner's photos.

Going forward, a yearly full skin check and daily sunscreen on exposed skin are sensible for you. Please ask for an urgent appointment if the mole bleeds without injury, turns into a sore, or develops a raised lump.""",
            },
        ],
    },
    {
        "key": "d06-brown-line-under-big-toenail",
        "title": "Brown line under my big toenail, appeared this year, what is it?",
        "body": """Hello doctor. I am 52 years man. Since maybe spring I see one brown line in my right big toenail, going from the bottom to the tip. At first it was thin like a pencil line, now I think it is more wide, maybe 3 mm. No pain. I don't remember hitting the toe, but I play football on weekend with my friends.

My wife says it is fungus because I had fungus on the other foot before. I tried the fungus cream from pharmacy for 6 weeks, nothing changed.

Only this one nail, the others are normal. The skin around the nail is normal color I think. Do I need to worry or I wait?""",
        "age": "50-59",
        "sex": "male",
        "department": "dermatology",
        "tags": ["moles", "nail-problems"],
        "asked": "2024-06-10",
        "answers": [
            {
                "doctor": "dr-huang",
                "after_days": 1,
                "body": """A single brown band in one nail that has appeared in adulthood and seems to be getting wider is something I would like a dermatologist to examine **within the next few weeks**. There are several harmless explanations, but this is a pattern we never simply wait on.

A brown or black stripe running along the length of a nail is called **longitudinal melanonychia**. Possible causes include:
- **Bleeding under the nail** from repeated knocks, common in football players. It is often more purple-red and slowly grows out towards the tip.
- **A harmless increase in pigment cells**, or a benign mole, in the nail matrix, the growing area under the cuticle.
- **Fungal infection**, which usually makes the nail yellow-white and thick, although some fungi can cause dark colour.
- Rarely, **melanoma of the nail unit**. This is uncommon, but it is seen most often on the big toe or thumb. Warning signs include a single band that widens, has uneven colour, or spreads pigment onto the skin of the cuticle or nail fold.

Because the antifungal cream has made no difference and the band is getting wider, it is best to check properly. The dermatologist will look with a dermatoscope and, if needed, take a small sample from the nail matrix under local anaesthetic.

Until your appointment:
- Take a clear photo now with a ruler beside the toe, so any change can be measured.
- Stop the antifungal cream, as it is not helping.

Please go sooner if the brown colour spreads onto the skin around the nail, the nail splits or bleeds, or a lump appears under it.""",
            },
        ],
    },
    {
        "key": "d07-rough-scaly-spots-bald-scalp-ears",
        "title": "Rough scaly spots on my bald head and ears that keep coming back",
        "body": """Retired builder, 67. Spent forty years outside without a hat, I know, I know. Bald on top since my forties.

For the last year or so I get rough sandpapery spots on the top of my head and on the rim of both ears. They feel like a scab, I pick them off, and they come back in the same place. One on my left ear is a bit sore now and seems thicker than the others. Moisturiser does nothing.

My wife sent me here so she can have some peace. Is this just dry skin or something I need to bother the doctor with?""",
        "age": "60-69",
        "sex": "male",
        "department": "dermatology",
        "tags": ["sun-damage", "hair-loss", "dry-skin"],
        "asked": "2024-09-02",
        "answers": [
            {
                "doctor": "dr-chen",
                "after_days": 1,
                "body": """Your wife is right to send you. Rough, scaly spots that keep returning on a bald scalp and the rims of the ears are most likely **actinic keratoses**, caused by long-term sun damage. They are worth treating, and the sore, thicker one on your ear should be **looked at by a doctor within the next couple of weeks**.

Actinic keratoses are very common in people who have worked outdoors. They are not cancer, but a small proportion can develop over time into a type of skin cancer called **squamous cell carcinoma**. Spots that become thick, tender, grow quickly or bleed are the ones we most want to examine, because these can be early signs of that change. The ear is also a site where we prefer to act early.

Treatment is usually straightforward:
- **Freezing** individual spots with liquid nitrogen in the clinic.
- **Prescription creams** for a whole area, such as 5-fluorouracil or imiquimod, used for a few weeks. Temporary redness and crusting are expected.
- **Photodynamic therapy**, a light treatment after a cream is applied, for larger areas.
- **Removing** a spot that looks suspicious and sending it to the lab.

Things you can do now:
- Stop picking them. It inflames the skin and hides how they really look.
- Wear a wide-brimmed hat outdoors; a cap leaves the ears exposed.
- Use SPF 30 or higher on the scalp, ears, face and back of the neck, all year round.

Please book sooner if the ear spot grows, turns into an open sore or bleeds, and ask for a full skin check while you are there.""",
            },
        ],
    },
    {
        "key": "d08-white-patches-knees-around-eyes-teen",
        "title": "White patches on my knees and around my eyes, getting bigger",
        "body": """hi, I'm 15. Over the summer I noticed white patches on my knees, like totally white not just lighter, and now there are some around my eyes too and a small one on my elbow. They don't itch or hurt. They burned really fast at the beach when the rest of me just got tanned.

some guys at football asked if it's contagious and it was kind of embarrassing. My mum has thyroid problems if that matters. Is this vitiligo? Does it go away? I don't really want to use make-up or anything.""",
        "age": "10-19",
        "sex": "male",
        "department": "pediatric-dermatology",
        "tags": ["vitiligo", "sun-damage"],
        "asked": "2025-08-27",
        "answers": [
            {
                "doctor": "dr-santos",
                "after_days": 1,
                "body": """Thanks for writing, and I'm sorry about the comments at football. Completely white patches that don't itch, show up on the knees, elbows and around the eyes, and burn easily in the sun do sound like they could be **vitiligo**. Please ask your parents to book an appointment with your doctor or a dermatologist so it can be confirmed and you can talk about treatment.

First, the most important thing to tell your teammates: **vitiligo is not contagious**. Nobody can catch it. It happens when the body's immune system stops the pigment cells working in some areas of skin. It often runs in families alongside other immune conditions, including thyroid problems, so your mum's history is useful for the doctor to know. They may suggest a simple blood test.

Vitiligo is different for everyone. Some patches stay the same for years, some spread, and some regain colour, especially with treatment. Options that often help teenagers include:
- **Creams or ointments** that calm the immune reaction in the skin, used on the patches for a few months.
- **Light therapy** (narrowband UVB) at the hospital, usually two or three times a week, for wider areas.
- Newer prescription creams that some dermatologists can offer teenagers, depending on where you live.

Patches on the face often respond better than those on knees and elbows.

Meanwhile:
- Put SPF 30 or higher on the patches, because they have no natural protection and sunburn can make vitiligo spread.
- Make-up is completely optional. Lots of people leave their patches just as they are.

If the patches are getting you down, say so at the appointment. How you feel matters just as much as the skin itself.""",
            },
        ],
    },
    {
        "key": "d09-brown-sun-spots-hands-chest-creams",
        "title": "Brown sun spots on my hands and chest: will fading creams work?",
        "body": """Dear doctor, I am 46 and grew up in a hot country where nobody used sunscreen. In the last few years I have developed flat brown spots on the backs of my hands and on my chest, in the V of my neckline. They are light to medium brown, round or oval, and the biggest is about 8 mm. None are raised and they do not itch.

Friends recommend all sorts of fading serums, and one of them uses a hydroquinone cream she bought online. I would like to try something but I do not want to damage my skin. Do these creams work? And how can I tell a sun spot from something I should worry about?""",
        "age": "40-49",
        "sex": "female",
        "department": "dermatology",
        "tags": ["sun-damage", "melasma", "moles"],
        "asked": "2026-04-14",
        "answers": [
            {
                "doctor": "dr-okafor",
                "after_days": 2,
                "body": """Flat, evenly coloured brown spots on the backs of the hands and the chest after years of sun are most often **solar lentigines**, also called sun spots or age spots. They are harmless and fading them is reasonable, but I would suggest one skin check first so that every spot has been looked at by a professional.

**Telling them apart from something more serious**

Sun spots tend to resemble one another: similar colour, smooth edges, little change over months. Be more cautious with any spot that:
- looks different from all the others (the "ugly duckling"),
- has several colours, especially black, blue or red areas,
- has irregular or blurred edges,
- is growing, raised, itchy or bleeding.

**What works for fading**
- **Daily sunscreen** of SPF 30 or higher on the hands and chest. Without it, any treatment is quickly undone.
- **Retinoid creams** and **azelaic acid** can lighten spots gradually over several months.
- **Hydroquinone** can work well, but it should be used for limited periods, ideally with a doctor's guidance. Products bought online may be stronger than labelled or contain mercury or steroids, which can harm the skin.
- For faster results, a dermatologist can offer **cryotherapy, laser or chemical peels**. These carry a risk of lighter or darker marks, particularly in darker skin tones, so experience matters.

Remember that the skin on the chest is thin and irritates easily, so introduce one product at a time and stop anything that stings or reddens.

Please book a dermatology appointment promptly if any spot starts to change, bleed or look different from its neighbours.""",
            },
        ],
    },
    {
        "key": "d10-brown-patches-cheeks-since-pregnancy",
        "title": "Brown patches on my cheeks and upper lip since my pregnancy",
        "body": """Hello, I am 33 and my son is now 14 months old. During the pregnancy I got brown patches on both cheeks, my forehead and above my upper lip, like a moustache shadow. The midwife said it would fade after the birth, but it hasn't. If anything it got darker this summer. I stopped breastfeeding and went back on the contraceptive pill three months ago.

I have medium brown skin (my family is from Pakistan). I tried a face scrub and lemon juice, which made it red and stingy. I feel people are looking at my face. What is this and what can I safely use?""",
        "age": "30-39",
        "sex": "female",
        "department": "dermatology",
        "tags": ["melasma", "sun-damage"],
        "asked": "2025-09-08",
        "answers": [
            {
                "doctor": "dr-patel",
                "after_days": 1,
                "body": """This sounds very much like **melasma**, a common pigment condition driven by hormones and sunlight. It often starts in pregnancy, and the contraceptive pill and summer sun can keep it going or darken it. It is treatable, although it needs patience and a gentle approach.

Melasma shows up as fairly symmetrical brown patches on the cheeks, forehead, bridge of the nose and upper lip. It is harmless, but it can really affect how people feel, and that is a perfectly good reason to treat it.

**Please stop the scrubs and lemon juice.** Irritation and rubbing trigger extra pigment in medium and darker skin, so anything that stings can make melasma worse.

A good starting plan:
- **Sun protection every day, all year.** A broad-spectrum SPF 30 to 50, ideally a **tinted** one containing iron oxides, because visible light also darkens melasma. Reapply at midday and wear a wide-brimmed hat outdoors.
- A gentle cleanser and a plain moisturiser.
- A lightening product such as **azelaic acid**, once or twice a day, which is usually well tolerated.

If that is not enough after two to three months, a dermatologist may prescribe a short course of a stronger combination cream, or discuss tablets such as tranexamic acid, which need a medical review before starting.

It is also worth mentioning the melasma to whoever prescribes your pill, as a different type of contraception may help some women.

Please see a doctor in person if the patches are only on one side, are raised, itchy or scaly, or if you are not sure it is melasma, as a few other conditions can look similar.""",
            },
            {
                "doctor": "dr-okafor",
                "after_days": 2,
                "body": """I agree with Dr. Patel's plan, and I would like to add a note about procedures, because people with medium brown skin are often offered them early.

You may see clinics advertising **lasers, strong peels or microneedling** for melasma. Some people benefit, but in skin like yours these can also cause **post-inflammatory hyperpigmentation**, new dark marks caused by the irritation itself, and occasionally pale patches. Melasma also tends to return after procedures if sun protection slips. For these reasons most dermatologists begin with sunscreen and creams, and consider procedures only later, carefully, with test areas and gentle settings.

Practical tips that help my patients:
- Apply enough sunscreen. Most people use about half the amount needed; two finger lengths for the face and neck is a useful guide.
- Heat seems to worsen melasma for some people, so saunas, hot yoga and steamy kitchens can play a part.
- Take a photo in the same light once a month. Improvement is slow, and photos show progress you would otherwise miss.
- Expect to keep up a maintenance routine even after it fades, especially before summer.

Be careful with imported "whitening" creams. Some contain strong steroids or mercury, which can thin or damage facial skin and cause harm beyond the skin.

If you have seen no improvement after three months of careful sun protection and treatment, please ask your doctor for a dermatology referral.""",
            },
        ],
    },
    {
        "key": "d11-forehead-patches-whitening-cream-burns",
        "title": "Brown patches on my forehead, I used a whitening cream and now it burns",
        "body": """Hello doctor, sorry for my English. I am man, 43 years, I work as delivery driver so much time in the van with sun on my face. For two years I have brown patches on my forehead and both cheeks, same on both sides, like a map. My doctor said maybe melasma but I thought only women have this.

Last month my cousin brought me a whitening cream from abroad, very strong, the box is not in English. I used it every night. After two weeks my face is red, burning and itching, with small bumps. The brown is maybe little lighter but now the skin is worse. What I should do now?""",
        "age": "40-49",
        "sex": "male",
        "department": "dermatology",
        "tags": ["melasma", "contact-dermatitis", "itching"],
        "asked": "2026-01-26",
        "answers": [
            {
                "doctor": "dr-lindqvist",
                "after_days": 0,
                "body": """Please **stop the whitening cream today** and keep the box to show a doctor. Red, burning, itchy skin with small bumps after starting a new cream is most likely a reaction to that cream, and your skin needs to calm down before anything is done about the brown patches.

About the patches: melasma is more common in women, but **men get it too**, and long hours with sun through a vehicle window are a very typical trigger. Side windows block much of the burning UVB light but less of the UVA and visible light, and both can darken melasma.

About the cream: creams from abroad sold without a prescription sometimes contain a **strong steroid**, high-strength hydroquinone or even **mercury**. They can lighten skin quickly but also cause irritation, acne-like bumps and thinning of the skin, and mercury can harm the rest of the body. Because the label is unreadable, we cannot know what is in it.

What to do now:
- Wash your face with lukewarm water and a mild, fragrance-free cleanser.
- Use a plain, fragrance-free moisturiser two or three times a day.
- Avoid scrubs, lemon, toners and any new products.
- Expect that if the cream contained a steroid, the redness may flare for a while after stopping. This is another reason to be seen.

Once your skin has settled, melasma treatment usually means a daily broad-spectrum sunscreen, ideally tinted, a cap or sun visor while driving, and a gentle lightening cream prescribed by your doctor.

Please see your doctor **this week** and bring the box. Go sooner if your eyelids swell, the skin weeps or crusts, or you feel generally unwell.""",
            },
        ],
    },
    {
        "key": "d12-pale-patches-fingers-groin-fungus-or-vitiligo",
        "title": "Pale patches on my fingers and groin: fungus or vitiligo?",
        "body": """28, nonbinary, light brown skin. About six months ago I got pale patches on the backs of my fingers and two in the groin. They aren't scaly and don't itch. The groin ones have really sharp edges.

A pharmacist sold me an antifungal cream and I used it twice a day for four weeks. No change at all. A friend with vitiligo says it looks like hers.

How do you tell the difference? Should I see someone or keep going with the cream?""",
        "age": "20-29",
        "sex": "other",
        "department": "dermatology",
        "tags": ["vitiligo", "tinea"],
        "asked": "2024-11-19",
        "answers": [
            {
                "doctor": "dr-huang",
                "after_days": 2,
                "body": """Smooth, non-itchy, sharply outlined pale patches on the fingers and groin that have not changed after four weeks of antifungal cream fit **vitiligo** better than a fungal infection. It is worth seeing a dermatologist to confirm this, because the two are easy to tell apart in clinic and the treatments are completely different.

What helps us distinguish them:
- **Vitiligo** removes colour completely, so patches look milky or chalk-white with sharp borders. The skin surface is normal: no scale, little or no itch. Fingers, around the mouth and eyes, and the groin are common sites.
- **Pityriasis versicolor**, a yeast infection, causes lighter (not fully white) or pinkish patches, usually on the chest, back and shoulders, with a fine scale that appears when the skin is gently scratched.
- **Tinea**, a fungal rash, is usually itchy, red and scaly at the edge.

In clinic the dermatologist may look at the patches under a **Wood's lamp**, an ultraviolet light that makes vitiligo stand out bright white, and may take a painless skin scraping if fungus is still a possibility.

If it is vitiligo, options include anti-inflammatory creams (steroid or calcineurin inhibitor creams, with gentler choices for the groin), newer prescription creams in some countries, and light therapy. Results tend to be better when treatment starts while patches are new and active.

Meanwhile you can stop the antifungal, protect pale patches from sunburn, and take dated photos to track any change.

Please book an appointment soon, especially if the patches spread quickly or you notice tiredness, weight change or feeling unusually hot or cold, which can point to a thyroid problem that sometimes accompanies vitiligo.""",
            },
        ],
    },
    {
        "key": "d13-red-dots-chest-belly-multiplying",
        "title": "Little bright red dots on my chest and belly keep multiplying",
        "body": """Hi doctors, I'm 38. Over the past three years I've gone from maybe two tiny red spots on my chest to about twenty across my chest, belly and upper arms. They're bright red and round, some flat and some a little domed, and the biggest is maybe 3 mm. They don't hurt or bleed. If I press one it stays red.

My dad has loads of them and calls them blood spots. I'm fine otherwise, no health problems. I read online that lots of red spots can mean a liver problem and now I'm a bit worried. Is that true? And can they be removed? One on my neck catches when I shave.""",
        "age": "30-39",
        "sex": "male",
        "department": "dermatology",
        "tags": ["cherry-angioma", "red-spots", "moles"],
        "asked": "2024-05-07",
        "answers": [
            {
                "doctor": "dr-chen",
                "after_days": 1,
                "body": """Bright red, round spots that appear gradually from the thirties onwards, especially when a parent has the same, are very typical of **cherry angiomas**. They are harmless clusters of tiny blood vessels and are not a sign of liver disease.

Cherry angiomas are among the most common skin growths in adults. They increase in number with age and often run in families. They start as tiny flat red dots and can become small domed bumps. They do not turn into cancer.

The spots you read about in relation to liver disease are **spider angiomas**, which look different: a central red dot with fine red lines spreading out like the legs of a spider, mostly on the face, neck and upper chest. When pressed they fade, then refill from the centre. If you ever notice spider-like spots, particularly with tiredness, yellowing of the eyes or a swollen belly, see your GP.

**Removal** is optional and done for comfort or appearance. Options include:
- **Electrocautery**, a fine electric needle that seals the vessel.
- **Laser** treatment, which works well for small ones.
- **Shave removal** for larger domed ones.

The one on your neck that catches when you shave is a reasonable one to have removed. Until then, shave around it carefully, and if it bleeds, press firmly with clean gauze for ten minutes.

Please show a doctor any red spot that grows quickly over weeks, bleeds repeatedly, or looks different from the others, because a few other growths can look similar at first.""",
            },
        ],
    },
    {
        "key": "d14-teen-round-bald-patch-back-of-head",
        "title": "My 16-year-old daughter found a round bald patch on her scalp",
        "body": """Hello, I am writing for my daughter, who is 16. Last week her hairdresser found a completely smooth, round bald patch about the size of a coin at the back of her head. The skin there looks normal, not red or flaky, and it doesn't hurt. When we looked closely there is now a second, smaller one just above her left ear.

She has had a stressful year with exams. She is very upset and has stopped wanting to go out. I have read about ringworm of the scalp, stress and hair pulling, and I don't know which it is. She says she doesn't pull her hair. Will it grow back? What should we do?""",
        "age": "10-19",
        "sex": "female",
        "department": "pediatric-dermatology",
        "tags": ["hair-loss", "tinea"],
        "asked": "2026-03-09",
        "answers": [
            {
                "doctor": "dr-moreau",
                "after_days": 1,
                "body": """A smooth, round bald patch on normal-looking skin that appears fairly suddenly in a teenager is most often **alopecia areata**. The encouraging news is that in many young people the hair grows back, often within months. I would still recommend an appointment with your doctor or a dermatologist so it can be confirmed and followed up.

Alopecia areata happens when the immune system temporarily targets the hair follicles. The follicles are not destroyed, which is why regrowth is possible. It is not contagious and not caused by anything she did. Stress may play a part for some people, but it is not the whole story.

How it differs from the other causes you read about:
- **Scalp ringworm (tinea capitis)** usually causes scaly, itchy or inflamed patches with broken hairs, sometimes with swollen glands in the neck. It needs antifungal tablets, not just creams.
- **Hair pulling (trichotillomania)** leaves irregular areas with short broken hairs of different lengths, rather than a smooth bald circle.

A doctor can examine the hairs at the edge of the patch closely, which often settles the question.

Treatment options for a teenager include strong steroid lotions or foams applied to the patches and, in older teens, small steroid injections into the patch. Some patches regrow without treatment, and new hair may come through white at first before darkening.

Please take her feelings seriously too. Losing hair at 16 is hard. A hairstyle that covers the patches, a hat or scarf, and connecting with other young people with alopecia can all help, and her doctor can suggest support if she becomes low or withdrawn.

Please be seen sooner if the patches spread quickly, the scalp becomes scaly or sore, or she starts losing eyebrows or eyelashes.""",
            },
        ],
    },
    {
        "key": "d15-red-bump-back-bled-bra-strap",
        "title": "A red bump on my back bled all over my blouse after my bra strap rubbed it",
        "body": """Good afternoon. I am 63. I have had a few small red spots on my body for years, which my doctor once said were nothing to worry about. But one on my back, right where my bra strap sits, has become a raised, darker red bump about the size of a lentil. Yesterday it bled quite a lot when I took my bra off and I had to hold a tissue on it for a long time.

Today it has a dark crust on top. I cannot see it well and my husband says it looks like a little cherry. Is it the same harmless thing as my other spots? I am wary because my sister had a basal cell carcinoma removed last year.""",
        "age": "60-69",
        "sex": "female",
        "department": "dermatology",
        "tags": ["cherry-angioma", "moles", "red-spots"],
        "asked": "2026-07-15",
        "answers": [
            {
                "doctor": "dr-patel",
                "after_days": 1,
                "body": """It may well be an irritated **cherry angioma**, the same harmless kind of spot as your others, which can bleed heavily when rubbed because it is made of tiny blood vessels. However, because this one has changed, grown and bled, I would like a doctor to **see it in person within the next two weeks** to be sure.

Cherry angiomas are very common at your age and are almost always harmless. When one sits under a strap or waistband, repeated friction can make it swell, darken and bleed, and once a crust forms it can look quite alarming.

A few other growths can look similar and are worth ruling out:
- **Pyogenic granuloma**: a fast-growing red bump that bleeds very easily. It is benign but usually needs removing because it keeps bleeding.
- **Basal cell carcinoma**: often a shiny pink or pearly bump that bleeds, crusts, seems to heal and then bleeds again. It grows slowly and is very treatable, and your sister's history makes it sensible to check.
- Rarely, a **red-coloured melanoma** or another skin cancer.

A dermatologist can usually tell these apart with a dermatoscope. If there is any doubt, they will remove it and send it to the lab, which would also solve the problem with your bra strap.

Until then:
- If it bleeds, press firmly with clean gauze for 10 to 15 minutes without lifting to check.
- Cover it with a small plaster and try a bra with a different strap position.
- Leave the crust alone.

Please be seen sooner if the bump keeps growing, bleeds again without being rubbed, or does not stop bleeding after 20 minutes of firm pressure.""",
            },
        ],
    },
    {
        "key": "d16-handfuls-of-hair-four-months-after-baby",
        "title": "Losing handfuls of hair four months after giving birth",
        "body": """Hi, I'm 31 and my daughter is four months old. For the last few weeks my hair has been coming out in clumps in the shower and all over my pillow. The hair at my temples looks really thin and I can see much more scalp when my hair is wet. I'm also getting itchy, flaky patches on my scalp and behind my ears, which I never had before.

I'm breastfeeding, sleeping maybe four hours a night and not eating properly. I'm scared I'm going bald. Is this normal? Can I use anything while breastfeeding?""",
        "age": "30-39",
        "sex": "female",
        "department": "dermatology",
        "tags": ["hair-loss", "seborrheic-dermatitis", "itching"],
        "asked": "2026-10-20",
        "answers": [
            {
                "doctor": "dr-lindqvist",
                "after_days": 1,
                "body": """What you describe is very likely **postpartum hair shedding**, a form of telogen effluvium, and it is extremely common three to four months after giving birth. It looks dramatic, but in most women the hair grows back fully within six to twelve months. You are not going bald.

During pregnancy, high hormone levels keep many hairs in their growing phase, so fewer fall out. After the birth, those hairs move into the resting phase together and shed a few months later. The temples are often where it shows most.

A few things are worth checking, because they can worsen shedding or slow recovery:
- **Iron levels**, especially if you lost blood at delivery or eat little meat.
- **Thyroid function**, as thyroid problems are more common in the year after birth.
- **Vitamin D** and general nutrition.

A simple blood test from your GP can cover these.

The itchy, flaky patches on your scalp and behind your ears sound like **seborrheic dermatitis**, which often flares with tiredness and stress. It does not cause permanent hair loss. Medicated shampoos containing ketoconazole, zinc pyrithione or selenium sulfide are applied to the scalp and rinsed off, and are generally considered suitable while breastfeeding, but do confirm with your pharmacist.

Gentle care in the meantime:
- Use a wide-tooth comb and avoid tight ponytails and hot styling tools.
- Eat regular meals with protein and iron-rich foods when you can, and keep any prenatal vitamins going if you were advised to.

Please see your doctor if heavy shedding continues beyond about nine months after the birth, if you notice distinct bald patches, or if you feel very low or exhausted, which deserves attention in its own right.""",
            },
        ],
    },
]

PENDING = [
    {
        "key": "p01-burning-itch-after-shingles-healed",
        "title": "Shingles healed two months ago but the skin still burns and itches",
        "body": """I had shingles on the right side of my lower back and buttock in September. I took the antiviral tablets for a week and the blisters healed, leaving a few pale marks. But the area still burns, especially at night, and sometimes there is a sharp zap like an electric shock down to my hip. The skin is itchy and very sensitive too, even the waistband of my trousers bothers me.

I'm 68 and take tablets for diabetes. Paracetamol does not help much. Is this normal after shingles and how long will it last? Is there anything I can put on the skin?""",
        "age": "60-69",
        "sex": "male",
        "department": "dermatology",
        "tags": ["shingles", "itching"],
        "asked": "2026-11-10",
        "answers": [],
    },
    {
        "key": "p02-dark-spot-sole-of-foot",
        "title": "Dark spot on the sole of my foot: mole or wart?",
        "body": """Hey, I'm 24. I noticed a flat dark brown spot on the sole of my left foot, near the heel, while I was painting my toenails. It's about 5 mm, a bit oval, and one side looks darker than the other. It doesn't hurt when I walk.

I had a verruca on my other foot a few years ago and that was rough with tiny black dots in it. This one is completely smooth.

I have no idea how long it's been there, because who looks at their soles? Do moles even grow on the bottom of your feet? Should I get it checked or just keep an eye on it?""",
        "age": "20-29",
        "sex": "female",
        "department": "dermatology",
        "tags": ["moles", "warts"],
        "asked": "2026-11-12",
        "answers": [],
    },
    {
        "key": "p03-pale-dry-patches-child-cheeks",
        "title": "Pale dry patches on my 7-year-old's cheeks since the summer",
        "body": """My daughter is 7. Since the end of the summer she has had pale, slightly dry patches on both cheeks and one on her upper arm. They are lighter than her skin but not bright white, and a little rough when I touch them. They were more obvious when she had a tan. She does not scratch them.

She had eczema as a baby, mostly in the creases of her elbows, but it has been mild for years. Her grandmother has vitiligo and I am worried this is the start of it. Is there a way to tell? Should I buy a cream from the pharmacy or wait to see the doctor?""",
        "age": "0-9",
        "sex": "female",
        "department": "pediatric-dermatology",
        "tags": ["vitiligo", "eczema", "dry-skin"],
        "asked": "2026-11-14",
        "answers": [],
    },
    {
        "key": "p04-red-bump-scalp-bleeds-when-combing",
        "title": "Red bump on my scalp bleeds every time I comb my hair",
        "body": """Hello. I am 57 years. My barber told me there is a red bump on top of my head, inside the hair. Now I can feel it with my finger, like a small soft ball, maybe 4 mm. Every time I comb, it bleeds a little, and in the morning the pillow has small blood spots.

I have some red dots on my chest for many years and the doctor said they are normal. Is this the same thing? I don't know how long it is there because I cannot see it. Also I take aspirin every day for my heart. What should I do?""",
        "age": "50-59",
        "sex": "male",
        "department": "dermatology",
        "tags": ["cherry-angioma", "red-spots"],
        "asked": "2026-11-17",
        "answers": [],
    },
    {
        "key": "p05-receding-hairline-flaky-scalp-at-23",
        "title": "Hairline receding at 23 and my scalp is flaky: are these connected?",
        "body": """I'm 23 and my temples have gone back noticeably in the last two years. My dad and both grandads went bald early, so I sort of expected it, just not this soon. I've also had bad dandruff and an itchy scalp since I started a new job, and I'm worried the scratching is making my hair fall out faster.

I see a lot of adverts for tablets and foams online and I can't tell what's real and what's a scam. Is there anything that actually works at my age, and will sorting out the dandruff help my hair?""",
        "age": "20-29",
        "sex": "male",
        "department": "dermatology",
        "tags": ["hair-loss", "seborrheic-dermatitis", "itching"],
        "asked": "2026-11-19",
        "answers": [],
    },
    {
        "key": "p06-recurring-blisters-same-spot-buttock",
        "title": "Small blisters keep coming back in the same spot on my buttock",
        "body": """Hello, I'm 45. For about a year, every two or three months, I get a small cluster of blisters on my right buttock, always in exactly the same place. A day before they appear the skin tingles and I get an aching feeling down the back of my thigh. The blisters crust over and heal in about a week, leaving a pink mark.

The first time I thought it was an insect bite, then maybe shingles, but can you get shingles this many times? I do get cold sores on my lip now and then. Could this be related? I feel awkward asking my GP about it.""",
        "age": "40-49",
        "sex": "female",
        "department": "dermatology",
        "tags": ["cold-sores", "blisters", "red-spots"],
        "asked": "2026-11-21",
        "answers": [],
    },
]
