"""Demo Q&A threads, batch B: eczema, contact dermatitis, dry skin, itching, hives,
drug rashes, insect bites and scabies. Original text written for the demo forum."""

THREADS = [
    {
        "key": "b01-nurse-hands-cracking-from-washing",
        "title": "My hands crack and sting from washing them all day at work",
        "body": """Hello, I am a ward nurse and for about four months the backs of my hands and the skin between my fingers have been red, rough and splitting. By the end of a shift the cracks sting every time I use the alcohol gel, and some evenings tiny itchy bumps appear along the sides of my fingers.

I wash my hands maybe forty or fifty times per shift and wear nitrile gloves for a lot of tasks. On my days off it calms down a bit but never fully clears. I had mild eczema as a child but nothing since.

Is this eczema coming back, or am I allergic to something at work? I can't exactly stop washing my hands. What can I do that fits with a hospital job?""",
        "age": "30-39",
        "sex": "female",
        "department": "dermatology",
        "tags": ["eczema", "contact-dermatitis", "dry-skin"],
        "asked": "2024-02-19",
        "answers": [
            {
                "doctor": "dr-chen",
                "after_days": 1,
                "body": """What you describe sounds very much like **hand eczema**, which is extremely common in healthcare workers, especially in people who had eczema as children. Most cases are caused by irritation from frequent washing and glove wear, but an allergy is possible too, and the two often overlap.

Water and soap strip the skin's oils, and sweating inside gloves softens the skin so that it cracks more easily. Small itchy bumps on the sides of the fingers are a typical pattern of hand eczema. The improvement on days off fits well with an irritant cause.

Things that usually help without conflicting with infection control:

- **Use the alcohol rub when your hands are not visibly dirty.** It is actually gentler than repeated soap and water; the stinging comes from the cracks, not from damage by the gel.
- When you do wash, use lukewarm water, pat dry thoroughly, including between the fingers.
- Apply a thick, fragrance-free hand cream after washing whenever you can, and a greasy ointment at night, perhaps under cotton gloves.
- Put gloves on only over completely dry hands, and take them off as soon as the task is done.
- Ask occupational health about cotton glove liners and alternative glove brands.

A doctor may prescribe a short course of a steroid ointment to settle the flare, which is often needed before moisturisers alone can keep things calm.

Please see a dermatologist or your occupational health service if the skin has not improved after four to six weeks of this routine, or sooner if the cracks weep, crust or become painful, which can mean infection. Persistent hand eczema in healthcare work is a good reason for **patch testing** to look for allergy to glove chemicals or preservatives in the products you use.""",
            },
        ],
    },
    {
        "key": "b02-baby-red-cheeks-and-elbow-creases",
        "title": "Our 7-month-old has red, rough cheeks and keeps rubbing her face",
        "body": """Hi, my daughter is seven months old. About six weeks ago her cheeks went red and rough, and now there are dry patches in the creases of her elbows and behind her knees too. She rubs her face on my shoulder and on the cot sheet, and she wakes up more at night than before.

She is breastfed and we started some solid food two months ago. My partner had eczema as a kid. We bath her every evening with a baby wash that smells nice, and we use a lotion afterwards.

Is this eczema? Could it be one of the new foods? I don't want to put steroid cream on a baby's face if I can avoid it. Thank you for any advice.""",
        "age": "0-9",
        "sex": "female",
        "department": "pediatric-dermatology",
        "tags": ["eczema", "dry-skin", "itching"],
        "asked": "2024-05-07",
        "answers": [
            {
                "doctor": "dr-moreau",
                "after_days": 0,
                "body": """Red, rough cheeks plus dry patches in the elbow and knee creases in a baby of this age, with a parent who had eczema, is a very typical picture of **atopic eczema**. It is common, it is manageable, and many children improve a lot as they grow.

Eczema is mainly a problem of the skin barrier: the skin loses water easily and lets irritants in, so it becomes dry, inflamed and itchy. Food is only occasionally the main driver. It is worth talking to your doctor about food if her eczema is severe despite good skin care, or if you notice hives, vomiting or swelling soon after a particular food. Please don't remove foods from her diet on your own.

Some simple changes often make a real difference:

- **Stop the scented baby wash.** Use plain water or a soap-free wash, keep baths short and lukewarm.
- Swap the lotion for a thicker, fragrance-free cream or ointment, and apply it generously several times a day, not only after the bath.
- Dress her in soft cotton and keep her room from getting too warm.
- Keep her nails short, and cotton mittens at night can help.

About steroid creams: a **mild** steroid used for a few days during a flare, as directed by a doctor, is considered safe even on a baby's face. Leaving eczema untreated causes more scratching and broken skin, which brings its own problems.

Please have her seen by your doctor to confirm the diagnosis and agree a treatment plan. Seek help the same day if the patches become wet with yellow crusts, or if she develops clusters of small punched-out sores or blisters with fever, as these can signal an infection that needs urgent treatment.""",
            },
        ],
    },
    {
        "key": "b03-itchy-patch-below-belly-button-jeans",
        "title": "Itchy round patch right under my belly button that keeps coming back",
        "body": """hey doc, quick one. I have an itchy, scaly patch about the size of a coin just below my belly button. It comes and goes for over a year now. When it's bad it gets a bit bumpy and I scratch it raw.

I noticed it's worse when I wear my jeans a lot, less in summer when I'm in shorts with a drawstring. I also had a rash from a cheap watch once on my wrist.

Antifungal cream from the pharmacy did nothing. Is it a fungus, or something else?""",
        "age": "20-29",
        "sex": "male",
        "department": "dermatology",
        "tags": ["contact-dermatitis", "eczema", "itching"],
        "asked": "2024-08-22",
        "answers": [
            {
                "doctor": "dr-okafor",
                "after_days": 2,
                "body": """Your own observations point strongly towards **allergic contact dermatitis to nickel**: a patch exactly where a metal jeans button rests, worse with jeans, better with drawstring shorts, and a past reaction to a cheap watch. A fungal infection is less likely, especially as the antifungal cream did not help.

Nickel allergy is one of the most common skin allergies. Once the immune system becomes sensitised, skin touching nickel-releasing metal develops an itchy eczema-like rash, usually a day or two after contact. Sweat makes more nickel leach out of the metal, which explains why it flares with regular wear.

What you can try now:

- **Cover the back of the button** with a few layers of clear nail varnish, an iron-on fabric patch, or a purpose-made button cover, and renew it regularly.
- Tuck a vest or undershirt between the button and your skin.
- Favour trousers with plastic, fabric or coated buttons, and belts with non-metal buckles.
- A short course of over-the-counter 1% hydrocortisone cream, once or twice a day for up to a week, can calm the current patch; a thick fragrance-free moisturiser helps the skin recover.

Be aware that nickel is also found in watch backs, earrings, spectacle frames, keys and some phone cases, so a rash at any of those sites may have the same cause.

It is worth seeing a dermatologist to confirm the diagnosis with **patch testing**, especially since the rash has persisted for over a year. Please also be seen if the patch weeps, crusts or becomes painful, if it spreads well beyond the button area, or if it does not settle within a few weeks once the button is covered.""",
            },
        ],
    },
    {
        "key": "b04-scalp-and-neck-swelling-after-hair-dye",
        "title": "Burning, weeping scalp and puffy eyelids two days after dyeing my hair",
        "body": """Dear doctors, I have been colouring my hair dark brown at home every six weeks for over ten years without any problem. Two days after my last colouring, my scalp started to burn and itch terribly. Now the skin along my hairline, behind my ears and on the back of my neck is red, swollen and weeping small blisters. This morning my eyelids were puffy as well.

I washed my hair several times to get the dye out and took an antihistamine tablet, but it is getting worse, not better. I am breathing normally.

How can I suddenly be allergic after ten years? Will my hair fall out? And will I ever be able to colour my hair again? I am quite frightened by how it looks.""",
        "age": "50-59",
        "sex": "female",
        "department": "dermatology",
        "tags": ["contact-dermatitis", "blisters", "itching"],
        "asked": "2024-10-03",
        "answers": [
            {
                "doctor": "dr-lindqvist",
                "after_days": 0,
                "body": """This sounds like an **allergic reaction to hair dye**, most likely to paraphenylenediamine (PPD) or a related chemical found in most permanent dark dyes. With blisters, weeping and swelling spreading to your eyelids, please **see a doctor today** rather than waiting for it to settle.

It is very common to become allergic after years of uneventful use. Each exposure can gradually sensitise the immune system, and once that happens, the next contact triggers a delayed reaction, typically one to three days later. Because the scalp skin is thick, the reaction often shows most at the hairline, ears, neck and eyelids.

Until you are seen:

- Do not apply any further hair products, including new shampoos, conditioners or "natural" dyes.
- Rinse the scalp with lukewarm water and a mild, fragrance-free shampoo.
- Cool, wet compresses on the weeping areas can ease burning.
- Carry on with a non-drowsy antihistamine if it helps with the itch, but it will not stop the reaction on its own.

A doctor will usually prescribe a strong steroid for the scalp, and sometimes a short course of steroid tablets when the face is swollen. A reaction like this usually settles over one to three weeks with treatment.

Go to an emergency department straight away if you develop swelling of the lips or tongue, difficulty swallowing or breathing, or if one eye becomes swollen shut. See a doctor promptly, too, if you develop a fever or yellow crusting, which could signal infection.""",
            },
            {
                "doctor": "dr-huang",
                "after_days": 1,
                "body": """I agree with my colleague and want to answer your other two questions: your hair is very unlikely to be permanently affected, but you should avoid permanent dark hair dye from now on unless a patch test shows otherwise.

Some hair shedding can happen a few weeks after severe scalp inflammation. This is usually temporary, and the hair grows back once the skin has healed. If you notice a lot of shedding after two or three months, a dermatologist can check your scalp.

About colouring in the future:

- Once you are sensitised to PPD, the allergy is normally lifelong, and each new exposure can cause a stronger reaction than the last.
- **Avoid "black henna" temporary tattoos**, which often contain very high levels of PPD.
- Some people also react to related chemicals, for example toluene-2,5-diamine, which is used in many "PPD-free" dyes, certain textile dyes and some local anaesthetics.
- The safest approach is **formal patch testing** at a dermatology clinic once your skin has healed, usually after at least six weeks. It identifies exactly which chemicals you react to.
- Options that some allergic people can use include pure henna without additives or some semi-permanent products, but only after patch testing and a careful strand and skin test.

Please keep the box or note the ingredients of the dye you used, as this helps the clinic choose which chemicals to test.

Arrange a follow-up visit if the rash is not clearly improving within a few days of starting treatment, and ask your doctor for a dermatology referral for patch testing before you consider any hair colour again.""",
            },
        ],
    },
    {
        "key": "b05-shins-look-like-cracked-pavement",
        "title": "Skin on my shins looks like a dry riverbed every winter",
        "body": """Good afternoon. I am 74 and each winter the skin on the front of my lower legs becomes very dry and covered in a fine network of cracks, like an old painted wall. Lately some of the cracks have gone red and itch badly, especially in bed at night.

I shower every morning with hot water, which I enjoy, and my wife says I use too much soap. I take tablets for blood pressure and cholesterol. No new medicines.

Is this just old age, or should I worry? What cream should I buy?""",
        "age": "70-79",
        "sex": "male",
        "department": "dermatology",
        "tags": ["dry-skin", "eczema", "itching"],
        "asked": "2024-12-11",
        "answers": [
            {
                "doctor": "dr-huang",
                "after_days": 1,
                "body": """This is a classic description of **asteatotic eczema**, sometimes called eczema craquelé. It is a very common form of eczema in older adults, caused by very dry skin, and usually improves well with a change in washing habits and regular moisturising.

As we age, the skin produces fewer oils and holds water less well. Cold outdoor air, dry indoor heating, hot showers and soap all strip away what is left. The shins have few oil glands, so they are usually the first place to crack. When the cracks become red and itchy, the dryness has turned into eczema.

Your wife may be right. Here is what I usually suggest:

- **Shower with warm, not hot, water** and keep it short, about five minutes.
- Use a soap-free wash or emollient instead of soap, and only where needed, not on the shins.
- Pat dry and apply a thick, fragrance-free moisturiser within a few minutes, while the skin is still slightly damp. Ointments or creams containing urea or glycerin work well.
- Moisturise the legs again at bedtime.
- A humidifier in the bedroom can help during the heating season.

For the red, itchy areas, a doctor can prescribe a steroid ointment for one to two weeks, which usually settles them quickly. Over-the-counter hydrocortisone can help mild patches.

Some blood pressure medicines can contribute to dry skin, but please don't stop any of your tablets; mention it to your doctor instead.

Please see your doctor if the itch is not better within two to three weeks, if the itching affects skin that looks normal elsewhere on your body, or if the legs become swollen, hot, weeping or painful, which can indicate infection or circulation problems that need examining.""",
            },
        ],
    },
    {
        "key": "b06-deep-heel-cracks-that-bleed",
        "title": "Deep cracks in my heels that bleed when I walk, what actually works?",
        "body": """I am on my feet all day in a shop and wear open-back sandals in summer. The skin around the rims of both heels is thick and yellowish and has split into deep cracks. Two of them bled into my socks last week and it hurts to walk.

I have tried a foot file and some hand cream but it keeps coming back. The soles also feel a little dry and powdery between the toes. I don't have diabetes as far as I know.

Is there a proper treatment or is this just something I have to live with?""",
        "age": "40-49",
        "sex": "female",
        "department": "dermatology",
        "tags": ["dry-skin", "tinea", "blisters"],
        "asked": "2025-01-28",
        "answers": [
            {
                "doctor": "dr-patel",
                "after_days": 2,
                "body": """Cracked heels are very treatable, and you do not have to live with them. The key is to soften the thick skin steadily with the right cream, rather than relying on filing and ordinary hand cream. The powdery dryness between your toes should also be checked for athlete's foot.

Thick skin at the heel rim builds up from pressure and friction, particularly with open-back shoes, which let the heel fat pad spread sideways with each step. Thick skin is less flexible, so it splits. A fungal infection of the soles (moccasin-type tinea) can look like plain dryness and make the problem harder to control.

A practical routine:

- Apply a cream containing **urea at 10 to 25 percent** to the heels every night, and cover with cotton socks. Urea both moisturises and softens thick skin.
- Use a pumice stone or file gently on damp skin two or three times a week, only removing a little at a time.
- For open, painful cracks, a thin layer of a greasy ointment or a liquid skin protectant can help them close.
- Prefer closed-back, cushioned shoes while the heels are healing.
- Try an over-the-counter antifungal cream, such as terbinafine, between the toes and on the soles for two weeks. If the soles improve too, fungus was part of the problem.

Most people see a clear improvement within two to four weeks.

Please see a doctor if the cracks become red, hot, swollen or produce pus, or if you develop blisters on the soles. It is also worth getting checked if nothing improves after a month, if your toenails become thick or discoloured, or if you notice numbness in your feet, since conditions such as diabetes, thyroid disease or psoriasis can present this way.""",
            },
        ],
    },
    {
        "key": "b07-itching-everywhere-but-no-rash",
        "title": "Itching all over for two months but I can't see any rash at all",
        "body": """Hello. For about two months I have had itching over my back, arms and legs. There is no rash that I can see, only scratch marks where I have dug in with my nails. It is worse in the evening and keeps me awake. Antihistamines help a little.

I am 63, retired, and otherwise feel fine, though I think I have lost a few kilos without trying. My wife has no itching. No pets, no new soap or washing powder.

I have read that itching without a rash can be a sign of something serious inside the body, and now I am worried. What tests should I ask for?""",
        "age": "60-69",
        "sex": "male",
        "department": "dermatology",
        "tags": ["itching", "dry-skin", "red-spots"],
        "asked": "2025-03-16",
        "answers": [
            {
                "doctor": "dr-chen",
                "after_days": 1,
                "body": """Itching without a visible rash is most often caused by **dry skin**, particularly over the age of sixty. However, because it has lasted two months and you mention losing weight without trying, it is sensible to see your doctor for an examination and some blood tests rather than simply treating the skin.

Long-standing itch is usually harmless, but it can sometimes be the first sign of a condition elsewhere in the body. Your doctor will probably want to check:

- A full blood count and iron levels, since iron deficiency can cause itch
- Kidney and liver function
- Thyroid function
- Blood sugar
- Sometimes additional tests depending on the examination

They will also review all your medicines, because some commonly prescribed drugs can cause itch, and look carefully at the skin, including between the fingers, to rule out conditions such as scabies.

While you wait for the appointment:

- Use lukewarm water for showers and a soap-free wash.
- Apply a fragrance-free moisturiser to the whole body every day; a cooling menthol cream can ease night-time itch.
- Keep the bedroom cool and wear loose cotton clothing.
- Keep your nails short to limit skin damage from scratching.

Please book an appointment with your doctor in the next week or two. Go sooner if you notice **night sweats, fevers, yellowing of the skin or eyes, dark urine, pale stools, swollen glands** in the neck, armpits or groin, or if the weight loss continues. Most of the time tests come back reassuring, but it is much better to check than to wonder.""",
            },
        ],
    },
    {
        "key": "b08-teen-itchy-groin-after-football",
        "title": "15 and my groin itches like crazy after football training",
        "body": """hi, I'm 15 and kind of embarrassed asking this. For about three weeks the inside of my thighs near my groin has been really itchy. There is a red patch on both sides with a slightly raised edge and it's getting bigger. It's worst after football when I'm sweaty in my shorts for ages.

My feet also itch between the toes and the skin there is white and peeling. I used some cream my mum had for her eczema and it got better for a couple days then worse.

What is it and how do I get rid of it? I don't really want to show my parents.""",
        "age": "10-19",
        "sex": "male",
        "department": "pediatric-dermatology",
        "tags": ["itching", "tinea", "heat-rash"],
        "asked": "2025-04-30",
        "answers": [
            {
                "doctor": "dr-santos",
                "after_days": 1,
                "body": """Thanks for asking, this is really common in teenagers who play sports and nothing to be embarrassed about. A spreading red patch with a raised edge in the groin, plus peeling skin between the toes, sounds a lot like a **fungal infection** (jock itch and athlete's foot), which is usually easy to treat.

The fungus loves warm, sweaty places. It often starts on the feet and gets carried to the groin, for example when you pull up your underwear or dry yourself with the same towel. Steroid creams, like the eczema one you used, can make the redness fade for a bit but actually help the fungus grow, which is why it got worse.

Here is what usually works:

- **Stop using the steroid cream** on this area.
- Buy an antifungal cream such as terbinafine, clotrimazole or miconazole from a pharmacy. Apply it to the groin patches and a little beyond the edge, and between your toes, as directed on the pack.
- Keep going for one to two weeks after the skin looks clear, or it may come back.
- Shower straight after training and dry the groin and feet well, using a separate towel for your feet.
- Put your socks on before your underwear, change into dry underwear after sport, and wear flip-flops in shared showers.

The itch usually improves within a week, and the patches fade over two to four weeks.

It would be good to tell a parent or your school nurse, since they can help you get the cream and you don't have to handle this alone. Please see a doctor if it hasn't improved after two weeks of treatment, if it spreads to other areas, if the skin becomes painful, oozing or swollen, or if you get a fever.""",
            },
        ],
    },
    {
        "key": "b09-hives-every-day-for-two-months",
        "title": "I have had hives almost every single day for two months",
        "body": """Hello, since the start of autumn I get itchy raised welts nearly every day. They appear on my stomach, thighs and arms, move around, and each one is gone in a few hours, but new ones come. Twice my lips swelled up in the morning and went down by lunchtime. I could breathe and swallow fine both times.

I have changed my diet, cut out dairy, gluten and tomatoes, changed my washing powder, nothing helps. A daily antihistamine takes the edge off but they still come through.

I am exhausted from the itching and bad sleep. What is causing this? Do I need allergy tests? I am 34 and otherwise healthy. I take ibuprofen sometimes for period pain.""",
        "age": "30-39",
        "sex": "female",
        "department": "dermatology",
        "tags": ["urticaria", "itching", "red-spots"],
        "asked": "2025-06-09",
        "answers": [
            {
                "doctor": "dr-okafor",
                "after_days": 1,
                "body": """Hives that come most days for more than six weeks, with each welt fading within a day, is the typical pattern of **chronic spontaneous urticaria**. In most people, no external allergy is found; the immune system itself is releasing histamine from cells in the skin. The good news is that it is very treatable, and it usually settles on its own over months to a few years.

Because it is not usually caused by a food allergy, strict exclusion diets rarely help and can make daily life harder. Extensive allergy testing is also generally not helpful in this type of urticaria. A doctor will usually suggest a few simple blood tests, such as a blood count, inflammation markers and thyroid tests.

Helpful steps:

- Take a **non-drowsy antihistamine every day**, not just on bad days. If one tablet is not enough, doctors commonly increase the dose, up to four times the standard amount, but please do this only with your doctor's advice.
- Avoid **ibuprofen, aspirin and similar anti-inflammatory painkillers** if you can, because they often make hives worse. Ask your pharmacist about alternatives for period pain.
- Tight clothing, heat, alcohol and stress can all bring out more welts.

The lip swelling you describe is called angioedema and commonly occurs together with chronic hives. It is uncomfortable but usually not dangerous.

Please see your doctor soon to confirm the diagnosis and plan treatment, as there are effective prescription options if antihistamines are not enough. **Call emergency services** if you ever have swelling of the tongue or throat, difficulty breathing or swallowing, or feel faint.""",
            },
            {
                "doctor": "dr-patel",
                "after_days": 2,
                "body": """I fully agree with Dr. Okafor, and I would like to add a few practical points, as daily hives can be exhausting. The main thing to know is that this is not your fault and not something you missed in your diet.

Many of my patients find it helpful to keep a simple **hive diary** for four weeks: each day, score the number of welts and the itch from zero to three, and note any medicines, illness or unusual stress. It shows your doctor how active the urticaria is, helps judge whether treatment is working, and can reveal genuine triggers, such as painkillers or pressure from a bag strap.

A few other points:

- Take the antihistamine at the same time each day. If you are sleepy on it, taking it in the evening may help.
- A cool shower, a cold pack or a menthol cream can ease an itchy attack better than scratching, which tends to bring out more welts.
- Reintroduce the foods you cut out gradually unless one clearly and repeatedly triggered hives within an hour or two of eating.
- If antihistamines at higher doses do not control things, a dermatologist or allergist can offer an injectable treatment that works well for many people with chronic hives.

Let your doctor know if any single welt lasts **longer than 24 hours**, leaves a bruise or brownish mark, or burns rather than itches, or if you also develop joint pains or fevers. These features suggest a different condition that needs a closer look, sometimes including a small skin sample.""",
            },
        ],
    },
    {
        "key": "b10-welts-after-swimming-in-cold-lake",
        "title": "Red welts all over after a swim in a cold lake, and I felt dizzy",
        "body": """Last weekend I went swimming in a mountain lake. After about ten minutes my skin went red and blotchy, big itchy welts came up on my chest, arms and thighs, and when I got out I felt dizzy and had to lie down on the shore for a while. My friend said my lips looked a bit swollen.

Since then I noticed my hands get itchy and puffy when I hold a cold drink, and my face gets bumpy on windy days on my bike.

Is it possible to be allergic to cold? I am a keen swimmer and triathlete and I want to know if I can keep doing it.""",
        "age": "20-29",
        "sex": "male",
        "department": "dermatology",
        "tags": ["urticaria", "itching", "red-spots"],
        "asked": "2025-07-21",
        "answers": [
            {
                "doctor": "dr-lindqvist",
                "after_days": 0,
                "body": """Yes, this sounds like **cold urticaria**, a form of hives triggered by cold. Because you felt dizzy during a swim and had lip swelling, please treat this as potentially serious and **do not swim in cold water again until you have been assessed by a doctor**.

In cold urticaria, skin that is cooled and then rewarmed releases histamine, causing welts and swelling. Small areas, like your hands on a cold glass, usually cause only local welts. When a large part of the body is cooled at once, as in open water swimming, the release of histamine can be large enough to drop the blood pressure. This can cause fainting in the water, which is the main danger.

What to do now:

- Avoid swimming in lakes, the sea or cold pools for now, and never swim alone.
- Warm drinks and avoiding iced food and drinks can limit symptoms.
- Protect your face and hands with a buff and gloves on cold or windy rides.
- A daily non-drowsy antihistamine often reduces symptoms; your doctor can advise on the dose.

A doctor can confirm the diagnosis with a simple **ice cube test**, holding ice against your forearm for a few minutes and watching for a welt. They may also suggest blood tests, since occasionally cold urticaria is linked to infections or other conditions. Given your reaction, they may prescribe an adrenaline auto-injector and discuss under which conditions, if any, you could return to open water.

Please arrange an appointment soon. **Call emergency services** if you ever have throat swelling, difficulty breathing, or collapse after cold exposure.""",
            },
        ],
    },
    {
        "key": "b11-blotchy-rash-day-eight-of-amoxicillin",
        "title": "Pink blotchy rash on my body on day 8 of amoxicillin, should I stop?",
        "body": """I was given amoxicillin ten days for a chest infection. Today is day 8 and this morning I woke up with a pink blotchy rash across my chest, back and tummy, now spreading to my upper arms. It's a bit itchy. No blisters, my mouth and eyes feel normal, and I don't have a temperature. The chest infection is almost gone.

I have never had any reaction to penicillin before. Should I finish the course? And does this mean I am allergic to penicillin for life? I really don't want to be labelled allergic if it's not true.""",
        "age": "40-49",
        "sex": "female",
        "department": "dermatology",
        "tags": ["drug-rash", "red-spots", "itching", "urticaria"],
        "asked": "2025-09-02",
        "answers": [
            {
                "doctor": "dr-huang",
                "after_days": 0,
                "body": """A pink, blotchy rash spreading over the trunk about a week into a course of amoxicillin is a common reaction, often called a **morbilliform or maculopapular drug rash**. Please contact the doctor or pharmacist who prescribed it **today** before taking the next dose; they will usually advise stopping and may switch you to another antibiotic if needed.

These rashes typically appear five to fourteen days after starting a medicine. They usually fade within one to two weeks after the drug is stopped, sometimes with a little peeling. Viral infections can also cause similar rashes, and the two can be difficult to separate.

Meanwhile, for comfort:

- Use a fragrance-free moisturiser, and a mild steroid cream if a doctor or pharmacist suggests one.
- A non-drowsy antihistamine can help with the itch.
- Wear loose cotton clothing and avoid hot showers.

Regarding the allergy label, you are right to think about it. Many people labelled as penicillin-allergic turn out not to be allergic when properly tested. Take photos of the rash now and write down the dates, the drug and your symptoms. Later, your doctor can refer you to an allergy service to assess whether you can safely take penicillins again, which can spare you less effective antibiotics in the future.

**Seek urgent medical care** if you develop any of the following: blisters or peeling skin, sores in the mouth, eyes or genitals, red or painful eyes, skin that hurts to touch, a fever, facial swelling, swollen glands, or feeling generally unwell. These can signal a rarer, serious drug reaction that needs immediate assessment.""",
            },
        ],
    },
    {
        "key": "b12-sunburn-on-hands-while-on-doxycycline",
        "title": "Bad sunburn on hands and neck while taking doxycycline on holiday",
        "body": """Good day. My wife and I are on a walking holiday in a sunny country and I take doxycycline tablets each morning to prevent malaria. After a walk of only two hours, with sunscreen on my face, the backs of my hands, my forearms and the back of my neck went bright red and burning. Now there are some small blisters on my knuckles, and one thumbnail looks slightly lifted at the tip and is sore.

I have never burned like this before, I am not fair-skinned. I am 66. Is this the tablets? We have nine days left. Should I stop taking them?""",
        "age": "60-69",
        "sex": "male",
        "department": "dermatology",
        "tags": ["drug-rash", "sun-damage", "blisters", "nail-problems"],
        "asked": "2025-10-14",
        "answers": [
            {
                "doctor": "dr-patel",
                "after_days": 1,
                "body": """This sounds like a **phototoxic reaction to doxycycline**, a well-known side effect in which the medicine makes skin burn much more easily in sunlight. **Do not stop your malaria tablets on your own**, though: malaria is far more dangerous than a sunburn. Contact a local doctor or pharmacist, or your travel clinic, to ask whether you should continue or switch to a different medicine.

Doxycycline absorbs ultraviolet light in the skin and triggers a burn-like reaction, typically on sun-exposed areas such as the backs of the hands, forearms, neck and face. The lifted, sore tip of your nail is called photo-onycholysis and is part of the same reaction. It usually recovers as the nail grows out over several months.

For the rest of the trip:

- **Cover up**: long sleeves, light gloves or cotton gloves, a wide-brimmed hat and a neck covering.
- Use a broad-spectrum, high-factor sunscreen on all exposed skin, reapplying every two hours.
- Walk early in the morning or late in the afternoon, and rest in the shade around midday.
- Taking your tablet with the evening meal rather than at breakfast may help a little, if the instructions allow.

For the burn, cool compresses, an aloe or fragrance-free soothing gel, and paracetamol if you can take it will help. Leave small blisters intact and cover them if they rub.

Please see a doctor on your trip if the blisters become large or widespread, if the skin becomes hot, swollen or oozing, if you get a fever or feel unwell, or if your eyes become painful. Once you are home, mention this reaction to your own doctor so it is recorded in your notes.""",
            },
        ],
    },
    {
        "key": "b13-rows-of-bites-after-hotel-stay",
        "title": "Woke up with bites in a line on my arm after staying in a hotel",
        "body": """Hello, I came back from a work trip three days ago. On the last morning in the hotel I noticed itchy red bumps on my forearm and the side of my neck, some of them in a neat row of three or four. Since I got home a few more appeared on my shoulder.

My partner has nothing. I am worried about bed bugs coming home in my suitcase, or could this be scabies? I've read horror stories. The bites are so itchy I can barely work. What should I do about my skin and about my luggage?""",
        "age": "20-29",
        "sex": "other",
        "department": "dermatology",
        "tags": ["insect-bites", "itching", "red-spots", "scabies"],
        "asked": "2025-11-25",
        "answers": [
            {
                "doctor": "dr-chen",
                "after_days": 1,
                "body": """Itchy bumps on exposed skin that appeared during a hotel stay, some in rows of three or four, fit well with **bed bug bites**. Scabies is less likely: it usually starts gradually over weeks, itches most at night, and typically affects the finger webs, wrists, waist and groin rather than appearing in lines on the arm and neck.

Bed bug bites themselves are not dangerous and do not transmit diseases. The reaction varies between people, so your partner having no bites does not rule anything out. Some people react a few days after being bitten, which can explain new bumps after you got home.

For your skin:

- Avoid scratching; keep nails short and use a cold compress for intense itching.
- A mild steroid cream, such as 1% hydrocortisone, twice a day for a few days usually calms the bites.
- A non-drowsy antihistamine during the day, or a sedating one at night, can help with sleep.

For your luggage:

- Unpack outside the bedroom, ideally in a bathroom or garage.
- **Wash clothes at 60 °C** or tumble-dry on high heat for at least 30 minutes. Items that cannot be washed can be sealed in a bag and frozen for several days.
- Vacuum the suitcase thoroughly, especially the seams, and store it away from the bedroom.
- Over the next few weeks, check your mattress seams and bed frame for small dark spots or live bugs. If you find any, contact a professional pest controller.

Please see a doctor if the bites become hot, swollen, painful or start oozing, which can indicate infection, if new bumps keep appearing after two weeks, or if others in your home start itching, particularly at night.""",
            },
        ],
    },
    {
        "key": "b14-toddler-huge-swelling-after-mosquito-bites",
        "title": "My toddler's mosquito bites swell up huge and turn into blisters",
        "body": """Hello doctor, my son is 3. This summer every mosquito bite on him becomes a big hard red swelling, sometimes the size of a coin or larger, and a few on his ankles turned into blisters. One on his cheek made his eye puffy for a day. He scratches them until they bleed.

He is otherwise well, no fever, eating and playing normally. My older daughter gets bites and they are just small spots.

Is this an allergy? Is it dangerous? Should I give him something before we go to the park? We live near a river so the mosquitoes are everywhere.""",
        "age": "0-9",
        "sex": "male",
        "department": "pediatric-dermatology",
        "tags": ["insect-bites", "blisters", "urticaria"],
        "asked": "2026-06-18",
        "answers": [
            {
                "doctor": "dr-moreau",
                "after_days": 1,
                "body": """Big, firm swellings and even blisters after mosquito bites are common in young children and usually represent a strong **local reaction** to the mosquito's saliva, not a dangerous allergy. Most children react less and less as they get older and their immune system gets used to the bites.

Young skin often reacts strongly, and on the lower legs the swelling can turn into tense blisters. Swelling around the eye after a bite on the cheek looks dramatic because the eyelid skin is so loose, but it is usually harmless if he is otherwise well and the eye itself is not red or painful.

Practical tips:

- **Prevent bites**: light, long clothing in the evening, net over the buggy, and an insect repellent suitable for his age; ask your pharmacist which product to use.
- Apply a cold, damp cloth to new bites for ten minutes to reduce the swelling.
- A non-drowsy antihistamine syrup suitable for his age can reduce itching and swelling; it may work better if given on days when many bites are expected. Please check the dose with a pharmacist or doctor.
- A mild steroid cream for a few days can help with very itchy bites.
- Keep his nails short and cover blisters with a plaster rather than popping them.

Scratched bites can become infected. Please see a doctor if a bite becomes increasingly red, hot and painful after the first two days, if red streaks spread from it, if it oozes yellow fluid or crusts, or if he develops a fever. **Call emergency services** if he ever has swelling of the lips or tongue, difficulty breathing, widespread hives or becomes unusually drowsy after a bite or sting.""",
            },
        ],
    },
    {
        "key": "b15-whole-family-itching-at-night",
        "title": "All my family itch at night, small bumps between fingers, what is it?",
        "body": """Hello doctor, sorry for my English. Since one month me, my wife and our son (he is 12) all have very strong itch, most at night, we cannot sleep. I have small red bumps between my fingers, on wrists, around belt and also on private area. My wife has on her breasts and armpit.

My son stay with cousins in summer holiday and he start itching first. We try cream for allergy from pharmacy, not helping.

Is it dangerous? What we must do with our house, the clothes and the sofa? Please help, we are very tired.""",
        "age": "30-39",
        "sex": "male",
        "department": "dermatology",
        "tags": ["scabies", "itching", "red-spots"],
        "asked": "2026-08-05",
        "answers": [
            {
                "doctor": "dr-lindqvist",
                "after_days": 1,
                "body": """I am sorry you are all so tired. Strong itching at night affecting the whole family, with bumps between the fingers, on the wrists, waist, genitals and breasts, is the typical picture of **scabies**. It is not dangerous and it is curable, but everyone in the home must be treated **at the same time**.

Scabies is caused by tiny mites that live in the top layer of the skin. It spreads through close skin contact, often in families, and has nothing to do with being unclean. The itch is an allergic reaction to the mites, which is why allergy creams do not cure it.

Please see a doctor, ideally all together, to confirm it. Treatment is usually:

- **Permethrin 5% cream** (or another medicine your doctor chooses), applied to the whole body from the neck down, including between fingers and toes, under the nails, the genitals and the soles of the feet. Your doctor will give the right instructions for your son.
- Leave it on for 8 to 12 hours, usually overnight, then wash it off.
- **Repeat after 7 days.**
- Treat close contacts too, such as the cousins, even if they do not itch yet.

For the house:

- On the morning after treatment, wash bedding, towels and clothes worn in the last three days at 60 °C, or dry them on a hot cycle.
- Items that cannot be washed can be sealed in a plastic bag for 72 hours.
- Vacuum the sofa and mattresses. Special sprays for the home are not needed.

The itching often continues for two to four weeks after successful treatment. Please go back to the doctor if you still find new bumps after four weeks, or if any skin becomes painful, swollen, or has yellow crusts.""",
            },
        ],
    },
    {
        "key": "b16-still-itching-after-scabies-treatment",
        "title": "Still itchy three weeks after scabies treatment, did it fail?",
        "body": """Good evening. I work as a carer in a residential home, and there was a scabies outbreak on my unit. I was diagnosed and used permethrin cream twice, one week apart, together with my husband. It is now three weeks after the second treatment.

The worst itching has improved but I still itch every evening, mainly on my wrists and around my waist. The skin there is now dry, rough and a little red. I don't see new tracks, but honestly I don't know what I am looking for.

Do I need to use the cream again? I am worried about going back to work and passing it on to the residents, some of whom are very frail. My manager wants a clear answer.""",
        "age": "50-59",
        "sex": "female",
        "department": "dermatology",
        "tags": ["scabies", "itching", "eczema", "dry-skin"],
        "asked": "2026-10-27",
        "answers": [
            {
                "doctor": "dr-okafor",
                "after_days": 2,
                "body": """Itching that is gradually improving three weeks after correct treatment is usually **post-scabies itch**, not a treatment failure. The mites are typically killed by the cream, but the skin's allergic reaction to their remains can persist for two to four weeks, and sometimes up to six.

The dry, rough, slightly red skin on your wrists and waist fits with irritation from the treatment and from scratching, a type of eczema. Repeating permethrin without good reason can make this irritation worse.

What usually helps:

- Apply a thick, fragrance-free moisturiser several times a day, and use a soap-free wash.
- A mild to moderate steroid cream from your doctor for one to two weeks can settle the red, itchy areas.
- A sedating antihistamine at night can help with sleep.

Signs that scabies may still be active and need re-treatment include:

- **New** bumps or short, thread-like grey lines, especially between the fingers, on the wrists or on the genitals
- Itching that is getting **worse** rather than better after two weeks
- New itching in your husband or other close contacts

Treatment can fail if some areas were missed, such as under the nails or the soles, if a close contact was not treated, or if you were re-exposed at work before the outbreak was controlled.

Regarding work: it is generally considered that people are no longer infectious after completing treatment. Even so, given the frail residents and your employer's question, please have your skin examined by your doctor or the home's occupational health service. They can check for active signs, confirm that you are fit to return, and coordinate with the outbreak plan. Go back sooner if you notice any new bumps or burrows, or if the skin becomes weepy, crusted or painful.""",
            },
        ],
    },
]
