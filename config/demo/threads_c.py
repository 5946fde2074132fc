"""Demo Q&A threads, batch C: psoriasis, tinea, nail problems, warts, pityriasis rosea,
red spots, cherry angiomas and blisters. Original text written for the demo forum."""

THREADS = [
    {
        "key": "c01-thick-flakes-scalp-behind-ears",
        "title": "Thick silvery flakes on my scalp and behind my ears - dandruff or something else?",
        "body": """Hi, I am 44 and for about a year I have had flaking on my scalp that is much heavier than normal dandruff. The flakes are thick and silvery, and when I pick at them the skin underneath is red and sometimes bleeds a little.

It is worst at the back of my head and it has now crept behind both ears and a bit onto my forehead at the hairline. It itches in the evening. I have tried two different anti-dandruff shampoos from the supermarket with no real change.

My father had psoriasis on his elbows. Could this be the same thing, and is there a shampoo that actually works?""",
        "age": "40-49",
        "sex": "male",
        "department": "dermatology",
        "tags": ["psoriasis", "seborrheic-dermatitis", "itching"],
        "asked": "2024-02-19",
        "answers": [
            {
                "doctor": "dr-chen",
                "after_days": 1,
                "body": """What you describe, thick silvery scale on a red base that bleeds slightly when lifted, spreading just past the hairline and behind the ears, with a parent who has psoriasis, fits scalp psoriasis well. Seborrheic dermatitis (severe dandruff) can look similar, and some people have features of both.

The two conditions differ in a few ways. Seborrheic dermatitis usually gives finer, greasier, yellowish flakes and often involves the eyebrows and the folds beside the nose. Psoriasis tends to form well-defined, thicker plaques that you can feel with your fingertips, and it often goes a little beyond the hairline.

Things you can do now:

- **Use a tar or salicylic acid shampoo** two or three times a week, leaving the lather on the scalp for five minutes before rinsing. Salicylic acid helps loosen the scale so other treatments can reach the skin.
- **Soften thick scale** by massaging in a little plain oil or a scalp ointment in the evening, then washing it out in the morning.
- **Try not to pick or comb off the plaques.** Scratching and picking can make psoriasis spread to the injured skin.
- Alternating with a ketoconazole shampoo helps if there is a seborrheic component.

Shop-bought shampoos are often not enough for psoriasis. A doctor can prescribe a steroid scalp lotion or foam, sometimes with a vitamin D-type treatment, which usually helps within a few weeks.

Please see a dermatologist or your family doctor if there is no improvement after four to six weeks, if you notice patchy hair loss, or if you develop changes in your nails or stiff, swollen joints, as these can be linked to psoriasis and are worth checking.""",
            },
        ],
    },
    {
        "key": "c02-elbow-plaques-pitted-fingernails",
        "title": "Scaly patches on elbows and knees, and now tiny dents in my fingernails",
        "body": """Dear doctors,

I was told by my GP three years ago that the dry scaly patches on my elbows and knees are psoriasis. I use a cream from the pharmacy and moisturiser, and mostly they are under control, although they flare in winter.

What worries me now is my fingernails. Several of them have small pin-prick dents in them, like the surface of a thimble, and on two fingers the tip of the nail has gone white and lifted away from the skin. There is no pain. Also, and I do not know if this is connected, my left knee and some finger joints have been stiff in the mornings for the past few months. I put that down to age.

Is this part of the psoriasis? Should I be doing anything differently?""",
        "age": "50-59",
        "sex": "female",
        "department": "dermatology",
        "tags": ["psoriasis", "nail-problems", "dry-skin"],
        "asked": "2024-11-06",
        "answers": [
            {
                "doctor": "dr-okafor",
                "after_days": 0,
                "body": """Yes, tiny pits in the nail surface and the nail lifting from its bed at the tip are both common nail changes in psoriasis. The part of your message I would most like you to act on, though, is the morning stiffness in your knee and finger joints.

Between a quarter and a third of people with skin psoriasis develop **psoriatic arthritis**, an inflammatory joint condition. People with psoriasis nail changes are more likely to have it. Typical signs include:

- stiffness in the morning that takes more than about half an hour to ease
- swollen, warm or tender joints, often in the fingers or toes
- a whole finger or toe becoming swollen like a sausage
- pain at the back of the heel or the sole of the foot

It is easy to put these symptoms down to getting older, but inflammatory arthritis is worth finding early, because treatment can protect the joints from lasting damage. Some of the medicines used for it also help the skin and nails considerably.

For the nails themselves, in the meantime:

- keep them short, so the lifted part does not catch and separate further
- wear cotton-lined gloves for wet work and cleaning
- avoid pushing back cuticles or cleaning under the nails with sharp tools

Please book an appointment with your family doctor soon and mention both the nails and the joints. They may arrange blood tests and refer you to a rheumatologist. Seek help sooner if a joint becomes hot, red and very swollen.""",
            },
            {
                "doctor": "dr-lindqvist",
                "after_days": 2,
                "body": """I agree with Dr. Okafor: the nail pits and lifting fit psoriasis, and getting your joints assessed is the priority. I would like to add a few practical points about the skin and nails while you wait for that appointment.

Nail psoriasis is slow to improve because nails grow slowly. A fingernail takes around six months to replace itself, so any treatment needs that long before you can judge it fairly. Options a dermatologist may suggest include:

- a strong steroid solution or a vitamin D-type preparation applied to the nail fold and under the lifted edge
- steroid injections into the nail fold for a few badly affected nails
- tablets or injectable treatments when nails, skin and joints are all involved, which is often the most efficient route

One more thing worth knowing: nails that have lifted from the bed can pick up a fungal infection or become discoloured green or brown from bacteria underneath. If the colour changes, a clipping can be sent to the laboratory, since treatment differs.

For the winter flares on your elbows and knees:

- use a thick, unscented ointment or cream generously at least twice a day, not only when the skin looks bad
- a cream containing urea or salicylic acid can help soften thicker plaques
- short, lukewarm showers dry the skin out less than long hot baths

If your skin patches are spreading despite regular treatment, or the nails are getting steadily worse, ask for a dermatology referral. There are many effective treatments now, and combined skin, nail and joint disease is exactly where they are most useful.""",
            },
        ],
    },
    {
        "key": "c03-itchy-ring-rash-inner-thigh-groin",
        "title": "Itchy red rash in my groin that keeps spreading down my inner thigh",
        "body": """hey, bit embarrassing to ask. I'm 26 and go to the gym most days. About three weeks ago I got an itchy red rash in the crease of my groin on the right side. It has a slightly raised, scaly edge and the middle is more brown than red. It has been spreading down my inner thigh.

I put some hydrocortisone cream on it from the cupboard and for a few days it looked better but now it's bigger than before. The skin between my toes is also peeling a bit if that matters. What is it and what should I use?""",
        "age": "20-29",
        "sex": "male",
        "department": "dermatology",
        "tags": ["tinea", "itching", "heat-rash"],
        "asked": "2025-03-11",
        "answers": [
            {
                "doctor": "dr-huang",
                "after_days": 1,
                "body": """No need to be embarrassed, this is one of the most common questions we see. An itchy rash in the groin fold with a raised, scaly, advancing edge and a clearer or browner centre is typical of a fungal infection called **tinea cruris** (jock itch). The peeling between your toes is very likely athlete's foot, which is often where the fungus comes from.

The hydrocortisone is probably why it improved and then got worse. Steroid creams calm the redness and itch for a while, but they weaken the skin's local defences and let the fungus spread further. I would stop using it on this rash.

What usually works:

- **An antifungal cream** such as terbinafine or clotrimazole, applied thinly to the rash and a few centimetres beyond the edge, once or twice a day as the packet directs
- keep using it for one to two weeks **after** the skin looks clear, because the fungus lingers
- treat your feet at the same time, or the groin will keep getting reinfected
- put your socks on before your underwear, so you don't carry the fungus up from your feet
- dry the groin well after showering and change out of sweaty gym clothes promptly
- wash towels and gym kit at a hot setting and don't share towels

Sweat and friction can also cause heat rash in the groin, so loose, breathable underwear helps either way.

Please see a doctor if the rash has not clearly improved after two weeks of regular antifungal treatment, if it spreads onto the scrotum or buttocks, if it becomes painful, weepy or crusted, or if you have diabetes or another condition that affects your immune system.""",
            },
        ],
    },
    {
        "key": "c04-peeling-between-toes-small-blisters",
        "title": "Skin between my toes is white, peeling and now there are small blisters",
        "body": """Hello doctor, sorry my English is not so good.

I work in a warehouse and wear safety boots all day, my feet are always wet from sweat. Since two months the skin between my fourth and fifth toes on both feet is white and soft and it peel off. It smell bad and itch very much at night. Last week some small blisters with clear water come on the side of my foot, near the arch.

My husband say it is athlete foot and I should put powder. I did the powder but it not go away. Is it dangerous? What cream I must use and how long?""",
        "age": "30-39",
        "sex": "female",
        "department": "dermatology",
        "tags": ["tinea", "blisters", "hyperhidrosis"],
        "asked": "2025-08-23",
        "answers": [
            {
                "doctor": "dr-patel",
                "after_days": 2,
                "body": """Your husband is probably right. White, soft, peeling skin between the outer toes with itching and odour, in feet that stay sweaty all day, is typical of athlete's foot (**tinea pedis**), a fungal infection. Small clear blisters on the arch can be part of the same infection. It is not dangerous in itself, but it is worth treating properly.

Powder alone helps keep the skin dry but usually does not clear the fungus. I suggest:

- **An antifungal cream** such as terbinafine, applied between the toes and on the blistered area once or twice a day. Terbinafine often works in one to two weeks; other creams such as clotrimazole may need about four weeks. Follow the instructions on the box.
- Continue for one to two weeks after the skin looks normal.
- Wash your feet once a day and **dry carefully between the toes**, for example with a separate small towel or a hairdryer on the cool setting.
- Wear cotton or moisture-wicking socks and change them in the middle of your shift if they get wet.
- If possible, have two pairs of work boots and let each pair dry for a day.
- Do not pop the blisters.

Sweating a lot (hyperhidrosis) makes athlete's foot come back easily. If the sweating is a problem every day, a doctor can suggest treatments for it.

Please see a doctor soon if the skin becomes red, hot, swollen or painful, if there is pus, if red lines go up the foot or leg, or if you have a fever. These can be signs of a bacterial infection entering through the cracked skin. See a doctor also if it is not better after four weeks of cream, or if you have diabetes.""",
            },
        ],
    },
    {
        "key": "c05-one-thick-yellow-big-toenail",
        "title": "One big toenail has gone thick, yellow and crumbly - worth treating?",
        "body": """Retired, 67. Right big toenail has slowly turned thick and yellow over about two years. It crumbles at the end and is hard to cut. No pain. The other nails look fine. I had athlete's foot on and off when I was younger and I walk a lot.

Is it fungus? Are the tablets safe at my age or should I just leave it? I take tablets for blood pressure and cholesterol.""",
        "age": "60-69",
        "sex": "male",
        "department": "dermatology",
        "tags": ["nail-problems", "tinea"],
        "asked": "2024-05-28",
        "answers": [
            {
                "doctor": "dr-chen",
                "after_days": 3,
                "body": """A fungal nail infection (**onychomycosis**) is the most likely explanation, especially with your history of athlete's foot. But it is not the only one: old injury, pressure from shoes and psoriasis can make a toenail look almost identical. Because treatment takes months, it is worth confirming it first.

A doctor can take clippings or scrapings from under the nail and send them to the laboratory. If fungus is confirmed, the options are:

- **Leave it alone.** This is a reasonable choice if it doesn't hurt or bother you. It is a cosmetic problem for most people, although it can slowly spread to other nails.
- **A medicated nail lacquer or solution**, applied for many months. This works best when only the front part of the nail is affected, and it is less effective for a whole thickened nail.
- **Terbinafine tablets**, usually for about three months for a toenail. They clear the fungus in a good proportion of people. They are used in older adults too, but a doctor will check your other medicines and may do a blood test for liver function before starting.

Whatever you choose, the following helps:

- file down the thick part every few weeks so it does not press in your shoe
- treat any athlete's foot promptly, since it keeps feeding the nail
- keep feet dry and wear shoes with enough room for the toes

Even after successful treatment, a toenail takes twelve to eighteen months to grow out, so improvement is slow.

Please see a doctor if the toe becomes painful, red or swollen, if you develop a dark brown or black streak in the nail, or if you have diabetes or poor circulation, since nail and foot problems matter more then.""",
            },
        ],
    },
    {
        "key": "c06-fingernails-peeling-after-gel-manicures",
        "title": "My fingernails are thin, peeling and lifting after a year of gel manicures",
        "body": """I have had gel manicures every three weeks for about a year, sometimes at a salon and sometimes with a home UV kit. I took a break last month and my natural nails are a mess: paper-thin, peeling in layers, and on three fingers the nail has lifted at the tip with a white area underneath.

The skin around a couple of the nails was also red and itchy for a while, and I noticed my eyelids were itchy at the same time, which I thought was unrelated.

Will my nails recover on their own? Is it safe to go back to gels if I am careful?""",
        "age": "30-39",
        "sex": "female",
        "department": "dermatology",
        "tags": ["nail-problems", "contact-dermatitis", "dry-skin"],
        "asked": "2026-01-14",
        "answers": [
            {
                "doctor": "dr-okafor",
                "after_days": 1,
                "body": """In most cases nails recover fully once the repeated damage stops, but it takes several months. The itchy skin around the nails together with itchy eyelids is a clue I would not ignore, because it can point to an **allergy to the acrylates** in gel products.

Thinning and peeling usually come from the removal process rather than the gel itself: filing off the top layers, scraping, and long acetone soaks all dry and weaken the nail plate. Lifting of the nail at the tip (onycholysis) can follow from the same trauma.

Acrylate allergy is becoming more common, particularly with home kits, where uncured gel can touch the skin. The eyelids react because we touch them with our fingers. Once someone is sensitised, the allergy is usually lifelong, and it can matter later, since acrylates are also used in some dental and medical materials.

To help your nails now:

- keep them short and filed smooth so the lifted parts do not catch
- apply a rich hand cream or ointment to the nails and cuticles several times a day, especially after washing
- wear gloves for cleaning and washing up
- do not push back or cut the cuticles
- avoid nail polish remover as much as possible for now

I would hold off on gels until you know whether you are allergic. A dermatologist can arrange **patch testing** to check for acrylate allergy.

Please be seen if the itchy rash around the nails or eyelids returns, if a lifted nail turns green or black, if the nail fold becomes swollen and painful, or if the nails have not started growing out normally within three to four months.""",
            },
        ],
    },
    {
        "key": "c07-painful-spot-sole-of-foot-running",
        "title": "Painful hard spot on the sole of my foot - wart or callus? Freezing made a blister",
        "body": """I'm a keen runner (26F) and for a couple of months I've had a hard, rough spot on the ball of my left foot, about the size of a pea. It hurts when I run, more like stepping on a stone. When I filed it down I saw tiny black dots in it.

I bought a freezing spray kit from the pharmacy and used it five days ago. Now there is a big fluid blister over the spot, which is quite sore. Should I pop it? And if it is a wart, how long until I can expect it to be gone?""",
        "age": "20-29",
        "sex": "female",
        "department": "dermatology",
        "tags": ["warts", "blisters"],
        "asked": "2025-05-02",
        "answers": [
            {
                "doctor": "dr-lindqvist",
                "after_days": 1,
                "body": """The tiny black dots are a strong clue: they are small clotted blood vessels and are typical of a **plantar wart (verruca)** rather than a callus. A blister after freezing is an expected reaction and usually a sign the treatment has reached the right depth.

Some simple ways to tell a wart from a callus:

- a wart breaks up the normal skin lines on the sole, while a callus has skin lines running through it
- warts often hurt more when squeezed from the sides; a callus hurts more with direct pressure
- calluses sit on pressure points and rarely show black dots

For the blister:

- **try not to pop it.** The roof protects the raw skin underneath
- if it is large and tense and makes walking hard, you can release the fluid at the edge with a needle cleaned in alcohol, leaving the roof in place
- cover it with a padded dressing and take a short break from running until it settles
- watch for signs of infection: spreading redness, warmth, pus or increasing pain

Plantar warts are viral and many clear on their own, though this can take a year or two. Treatment helps speed things up but usually needs repetition: freezing every two to three weeks, or a salicylic acid preparation applied daily after soaking and gently filing the surface, often for twelve weeks. Use a separate file for the wart, and wear flip-flops in shared showers.

Please see a doctor if the wart has not responded after about three months, if it bleeds or changes in colour or shape, if you have diabetes or poor circulation (do not self-treat in that case), or if the blister area becomes red, hot and increasingly painful.""",
            },
        ],
    },
    {
        "key": "c08-child-warts-on-fingers-nail-biting",
        "title": "My 7-year-old has warts on his fingers and around his nails - he bites them",
        "body": """Hello, my son is 7. He has five or six small rough bumps on his fingers, two of them right at the edge of the nail. They started with one about six months ago and now there are more. He bites his nails and picks at them constantly.

They do not seem to bother him, but his teacher mentioned them and I am worried they will spread to other children. Can I use the freezing kits on a child? He is quite scared of anything that might hurt. Do they have to be treated at all?""",
        "age": "0-9",
        "sex": "male",
        "department": "pediatric-dermatology",
        "tags": ["warts", "nail-problems"],
        "asked": "2024-09-17",
        "answers": [
            {
                "doctor": "dr-moreau",
                "after_days": 2,
                "body": """These sound like common viral warts, which are very frequent in school-age children. They are harmless, and in children about half go away on their own within a year or so, and most within two years. Treatment is optional, and it is perfectly reasonable to choose gentle measures or simply wait.

The nail biting and picking is probably why they have multiplied: the virus spreads into small breaks in the skin, including the torn skin around the nails. Warts right at the nail edge are often the most stubborn ones.

About spreading to others: warts are only mildly contagious. He does not need to stay off school or cover them during normal activities, although covering them with a plaster for swimming is sensible.

If you would like to treat them:

- **Salicylic acid paint or gel** from the pharmacy is painless and suitable for most children. Apply it daily after a soak in warm water, protect the surrounding skin, and gently remove the softened surface with a nail file used only for the warts. It usually takes two to three months.
- Keep his fingernails short and smooth, and offer something else to fiddle with, to reduce biting.
- I would generally avoid home freezing kits on a young, anxious child, especially near the nail. Freezing stings, can blister, and close to the nail it can affect nail growth if done too hard.

Please have him seen if warts appear on his face or genital area, if they become painful, bleed or look infected, if they spread very quickly, or if he has any condition or medicine that lowers his immunity. A doctor can also advise if they are affecting his confidence at school.""",
            },
        ],
    },
    {
        "key": "c09-one-oval-patch-then-rash-across-chest-back",
        "title": "One oval patch, then a week later dozens of small pink ones across my trunk",
        "body": """About two weeks ago I noticed a single pink oval patch, roughly the size of a large coin, on my left side under my bra line. It had a fine scaly border. I assumed it was ringworm and put antifungal cream on it.

Then last week a whole crop of smaller oval pink patches appeared across my chest, stomach and back. They seem to slope in lines along my ribs. They are mildly itchy, mostly after a hot shower. I feel fine otherwise, though I did have a sore throat a few weeks before.

I am 29. What could this be, and is it contagious? I have a toddler at home.""",
        "age": "20-29",
        "sex": "female",
        "department": "dermatology",
        "tags": ["pityriasis-rosea", "red-spots", "itching"],
        "asked": "2025-10-08",
        "answers": [
            {
                "doctor": "dr-huang",
                "after_days": 0,
                "body": """The sequence you describe, one larger oval patch first and then a crop of smaller oval patches on the trunk a week or two later, is the classic pattern of **pityriasis rosea**. It is a common, self-limiting rash in young adults. It is not considered a practical risk to your toddler and you do not need to keep apart.

The first patch is called the herald patch. The later patches tend to line up along the skin creases of the ribs and back, which is often compared to the branches of a fir tree. The cause is thought to involve common viruses, and a preceding cold or sore throat is often reported.

What to expect and what helps:

- the rash usually fades over six to ten weeks, sometimes a little longer
- it can leave lighter or darker marks for a few months
- hot showers, exercise and tight clothing tend to make the itch worse, so keep water lukewarm
- a fragrance-free moisturiser, a mild steroid cream for itchy patches and an antihistamine at night can ease itching
- the antifungal cream is not needed if this is pityriasis rosea

A few other conditions can look similar, including fungal infections, certain drug rashes and, less commonly, an infection that needs a blood test to rule out. A doctor may suggest that test, especially if the palms or soles are involved.

Please see a doctor if you are pregnant or could be, as pityriasis rosea in pregnancy should be checked. Also be seen if the rash spreads to your palms, soles or mouth, if it is very itchy despite these measures, if you feel unwell, or if it has not faded after three months.""",
            },
        ],
    },
    {
        "key": "c10-teen-rash-on-chest-ringworm-worry",
        "title": "My 15-year-old has a spotty rash on his chest - is it ringworm from wrestling?",
        "body": """My son is 15 and wrestles at school. About ten days ago he showed me a pinkish oval patch on his chest, and now there are maybe thirty smaller pink oval spots on his chest, back and upper arms. They have a bit of fine scale at the edges. Itchy sometimes, not a lot.

His coach says ringworm is going around the team and he should not train until it is cleared. He had a cold just before this started. Does this look like ringworm? Does he need to miss school and practice?""",
        "age": "10-19",
        "sex": "male",
        "department": "pediatric-dermatology",
        "tags": ["pityriasis-rosea", "tinea", "red-spots"],
        "asked": "2026-03-03",
        "answers": [
            {
                "doctor": "dr-santos",
                "after_days": 1,
                "body": """From your description, this sounds more like **pityriasis rosea** than ringworm: one larger oval patch first, then many smaller oval spots spreading over the chest, back and upper arms within a week or two, often after a cold. Because ringworm is circulating on his team, though, it is worth having a doctor look at it to be sure.

How the two usually differ:

- **Ringworm (tinea corporis)** tends to give a few patches, each with a raised, scaly, active edge that slowly grows outwards while the centre clears. It often appears where skin rubs on mats or opponents, such as the head, neck and arms.
- **Pityriasis rosea** gives many similar oval spots at once, mostly on the trunk, with fine scale just inside the edge. The spots are often aligned along skin lines.

A doctor can tell them apart quickly, sometimes by gently scraping a little scale to look for fungus. This matters for sport: with ringworm, wrestling rules usually require treatment for a set time before returning to contact, while pityriasis rosea is not regarded as contagious and does not need time away from school or sport.

In the meantime:

- lukewarm showers straight after training, patting the skin dry
- a plain moisturiser, and a non-drowsy antihistamine if itching bothers him
- avoid sharing towels or kit, which is a good habit on any wrestling team

Pityriasis rosea usually fades by itself over six to ten weeks. Please have him seen if the spots are spreading with growing rings, if the rash is on his scalp with hair loss, if it affects his palms or soles, or if he feels unwell or has a fever.""",
            },
        ],
    },
    {
        "key": "c11-several-small-red-dots-on-back",
        "title": "A handful of small, bright red dots on my back - they don't itch or hurt",
        "body": """Hello,

My partner pointed out some red dots on my back while putting sun cream on me. I counted seven, scattered between my shoulder blades and the middle of my back. Each one is perfectly round and bright red, about the size of a pinhead to a lentil. A couple are very slightly raised. They do not itch, hurt or bleed, and I can't remember when they arrived. I can't see them well myself, so my partner took photos.

I am 46 and otherwise healthy. I read online that red spots can be a sign of blood problems and now I am quite anxious. How do I tell whether these are harmless? Should I see someone urgently?""",
        "age": "40-49",
        "sex": "female",
        "department": "dermatology",
        "tags": ["red-spots", "cherry-angioma", "moles"],
        "asked": "2025-07-21",
        "answers": [
            {
                "doctor": "dr-patel",
                "after_days": 1,
                "body": """Small, round, bright red spots on the back that are smooth, slightly raised, and neither itchy nor painful are very commonly **cherry angiomas**. These are harmless clusters of tiny blood vessels. They become more frequent from our thirties onwards, and it is normal to have a few or many. From your description, this does not sound like an emergency.

The red spots linked to blood problems look different. They are called **petechiae**: flat, pinpoint red or purple dots, often appearing in crops on the lower legs or at pressure points, and they do not fade when pressed.

A simple check you can do at home is the **glass test**:

- press a clear drinking glass firmly against a spot
- a cherry angioma usually pales or fades somewhat under pressure
- a petechia stays red or purple and clearly visible through the glass

Other features that are reassuring for cherry angiomas:

- they are bright red (older ones can become darker red)
- they are smooth, round and well defined
- they appear gradually over months or years and stay small

Keeping the photos your partner took is a great idea. Take them again in a few months to compare.

Please see a doctor soon if any spot does not fade with the glass test, if new spots appear in crops over days, if you notice easy bruising, bleeding gums, nosebleeds, unusual tiredness or fever, or if a spot grows quickly, bleeds without injury, or becomes dark or irregular. Otherwise, mentioning them at your next routine check-up is perfectly fine.""",
            },
            {
                "doctor": "dr-chen",
                "after_days": 3,
                "body": """I agree with Dr. Patel that cherry angiomas are the most likely explanation and that nothing you describe sounds urgent. I would add a few thoughts, as the back is a place where it is easy to worry because you cannot see it yourself.

A few other harmless red spots are worth knowing about:

- **Spider angiomas** have a red centre with fine vessels radiating outwards like legs. They are common on the face, neck and upper chest. Several new ones appearing together can occasionally be linked to hormonal changes or liver problems, so mention them to a doctor if that is the pattern.
- **Small inflamed hair follicles** can look like red dots, but they are usually tender or itchy and come and go within days.
- **Red, scaly patches that don't heal** are different from smooth dots and should be checked.

Since your partner is already looking at your back, this is a good moment for a general skin check. While you are at it, look at any moles for the usual warning signs: asymmetry, an irregular border, several colours, a size larger than about six millimetres, or any change over time. Any spot that looks different from your others also deserves a look.

Cherry angiomas do not need treatment. If one catches on clothing or bothers you cosmetically, it can be removed easily with a laser or a small electrical treatment.

Please book a routine skin check if you remain unsure, if the number of spots increases quickly over a few weeks, or if any spot changes. If you have the general symptoms Dr. Patel listed, see a doctor promptly.""",
            },
        ],
    },
    {
        "key": "c12-pinpoint-red-dots-lower-legs-new-tablets",
        "title": "Pinpoint red-purple dots on both lower legs since starting a new tablet",
        "body": """I am 74 and take a blood thinner for an irregular heartbeat. Three weeks ago my GP started me on a new tablet for gout. Over the last five days I have developed lots of tiny flat red-purple dots on both shins and ankles, like someone has flicked paint on me. They don't itch. When I press a glass on them they stay there.

I feel tired but I am often tired. No fever. My wife thinks I should stop the new tablet. Should I?""",
        "age": "70-79",
        "sex": "male",
        "department": "dermatology",
        "tags": ["red-spots", "drug-rash"],
        "asked": "2026-06-02",
        "answers": [
            {
                "doctor": "dr-okafor",
                "after_days": 0,
                "body": """Flat, pinpoint red-purple dots that do not fade under a glass are called **petechiae**, and in your situation they need to be checked by a doctor **within the next day or two**, including a blood test. Please do not stop or change any tablets on your own. Speak to your GP or the prescriber first, ideally today.

Petechiae are tiny bleeds into the skin. There are several possible causes, some harmless and some that need prompt attention:

- **a low platelet count**, which can sometimes be triggered by a new medicine, and which matters more when you also take a blood thinner
- **inflammation of small blood vessels (vasculitis)**, which can be a reaction to a medicine or an infection
- **harmless leakage from small vessels** in the lower legs, common in older adults and made more visible by blood thinners and standing for long periods

Only an examination and a blood count can tell these apart. The timing after a new tablet is important information, so write down the name of the gout medicine, the date you started it, and when the spots appeared. Bring your full medication list to the appointment.

The blood thinner is very important for preventing stroke. Stopping it without advice could be risky, and the gout tablet may also need to be stopped safely rather than suddenly. Your doctor will decide once the results are back.

Please seek **urgent** same-day care or go to an emergency department if you notice bleeding gums, nosebleeds that won't stop, blood in your urine or stools, black stools, large bruises, new spots on your body or in your mouth, fever, a new headache, or if you feel faint or very unwell.""",
            },
        ],
    },
    {
        "key": "c13-red-spot-on-belly-bled-after-belt-caught",
        "title": "Little red bump near my waistband bled a lot when my belt caught it",
        "body": """Quick question. I'm 58 and have a few small red bumps on my chest and stomach that I've had for years. One of them, right where my belt sits, got caught yesterday and bled much more than I expected for something so small. It took ages to stop and now has a scab.

It's about 3 mm, bright red, smooth, and it hasn't changed in size as far as I know. Is this something to worry about? Can these be removed so it doesn't happen again?""",
        "age": "50-59",
        "sex": "male",
        "department": "dermatology",
        "tags": ["cherry-angioma", "red-spots", "moles"],
        "asked": "2024-07-30",
        "answers": [
            {
                "doctor": "dr-lindqvist",
                "after_days": 2,
                "body": """A long-standing, smooth, bright red bump a few millimetres across, among several similar ones on the trunk, is most likely a **cherry angioma**. These are made of tiny blood vessels, so when one is torn it can bleed surprisingly heavily for its size. That alone is not a worrying sign.

If it bleeds again, here is how to handle it:

- press firmly on it with a clean cloth or gauze for a full ten to fifteen minutes without lifting to check
- once it stops, cover it with a plaster and leave the scab alone
- if you take aspirin or another blood thinner, allow extra time; it will still stop with steady pressure

Yes, cherry angiomas can be removed, and doing so is reasonable for one that keeps getting caught. Common methods are:

- **electrocautery**, a small heated probe under local anaesthetic
- **vascular laser**, good for small ones and several at a time
- **shave removal**, which also allows the tissue to be examined under a microscope

These usually leave a small flat mark. Where the angioma is only a cosmetic issue, removal may not be covered by health insurance, but repeated bleeding is often a good reason for treatment.

Please have it looked at by a doctor if the bleeding does not stop after fifteen minutes of firm pressure, if the spot does not return to its usual look after it heals, or if it starts growing. A red bump that grows quickly over weeks and bleeds easily may be a different, benign lesion called a pyogenic granuloma, or rarely something that needs a biopsy, so any spot that is changing should be seen.""",
            },
        ],
    },
    {
        "key": "c14-many-red-dots-neck-shoulders-removal",
        "title": "Dozens of tiny red dots on my neck and shoulders - sun damage? Can they be lasered?",
        "body": """Good afternoon. I'm 63 and spent many summers gardening without much sun protection. Over the last ten years I've accumulated lots of small red dots, maybe forty of them, on my neck, shoulders and upper arms. They are round, bright red, some flat and some domed. Along with them I have brown sun spots on my hands and forearms.

None of them hurt, but I am self-conscious in summer tops. Are the red ones caused by the sun too? Is laser treatment worth it, and are there risks I should know about?""",
        "age": "60-69",
        "sex": "other",
        "department": "dermatology",
        "tags": ["cherry-angioma", "red-spots", "sun-damage"],
        "asked": "2026-09-12",
        "answers": [
            {
                "doctor": "dr-huang",
                "after_days": 4,
                "body": """Round, bright red dots, some flat and some domed, that have gradually increased in number over the years are very likely **cherry angiomas**. They are benign and not caused by sun exposure; they mostly reflect age and genetics. The brown spots on your hands and forearms are a different matter and are probably sun-related.

Laser treatment is a reasonable option if the red spots bother you. Things to know:

- **Vascular lasers** target the red pigment in blood vessels. Small angiomas often fade after a single session; larger domed ones may need two or more, or a different method such as electrocautery.
- Expect some redness and small bruise-like marks for a week or two afterwards.
- Possible risks include temporary lightening or darkening of the skin, small scars (uncommon), and new angiomas appearing over time. Treatment removes existing spots but does not stop new ones.
- It is usually a cosmetic procedure, so it is generally not covered by insurance.

Before any cosmetic treatment, a dermatologist should look at the whole area first, so that nothing else is hidden among the red dots. Your sun-exposed skin deserves a check too:

- brown spots that are flat, uniform and stable are usually harmless sun spots
- rough, scaly, pink patches that keep coming back may be actinic keratoses, which should be treated
- a spot that is growing, bleeding, changing colour or simply looks different from the others should be examined

Daily sunscreen on your face, neck and hands helps prevent more sun damage. Please book a skin check, especially if any red dot grows or bleeds, if many new ones appear within a few months, or if any sun spot changes.""",
            },
        ],
    },
    {
        "key": "c15-tiny-itchy-blisters-sides-of-fingers",
        "title": "Tiny itchy blisters on the sides of my fingers that come back every summer",
        "body": """Every spring and summer for the last three years I get clusters of tiny blisters along the sides of my fingers and sometimes on my palms. They look like grains of sago under the skin. The itch is intense, worse than the blisters look. After about a week they dry up and the skin peels, then a new crop comes.

My hands sweat a lot, and I wash them maybe twenty times a day at work (I'm a chef). I also had itchy feet last summer. Is this an allergy? What can I do about it?""",
        "age": "30-39",
        "sex": "male",
        "department": "dermatology",
        "tags": ["blisters", "eczema", "hyperhidrosis", "itching"],
        "asked": "2024-04-09",
        "answers": [
            {
                "doctor": "dr-patel",
                "after_days": 1,
                "body": """Recurring crops of very itchy, deep-seated tiny blisters on the sides of the fingers and the palms, which dry and peel after a week or so, are typical of **dyshidrotic eczema** (also called pompholyx). Heat, sweating and frequent hand washing are classic triggers, so your job and the season fit well.

It is not usually a simple allergy, but allergies can play a part. Things worth checking with a doctor:

- **contact allergy**, for example to nickel, fragrance, rubber gloves or certain foods you handle at work; patch testing can look for this
- **athlete's foot**: a fungal infection on the feet can sometimes trigger a blistering reaction on the hands, so treat any itchy, peeling feet

Practical steps that help most people:

- wash with lukewarm water and a gentle, fragrance-free cleanser, and dry carefully, including between the fingers
- apply a thick, fragrance-free hand cream or ointment after every wash and at night; keep a tube at your workstation
- wear cotton gloves under vinyl or nitrile gloves for long wet tasks
- cool compresses or soaking in cool water can ease an itchy flare
- try not to burst the blisters

During flares, a strong steroid cream prescribed by a doctor, used for a short course, usually settles the blisters quickly. For people whose hands sweat a lot, treating the sweating can reduce flares too.

Please see a doctor if the blisters become painful or fill with yellow pus, if you see honey-coloured crusts or spreading redness, if flares are stopping you from working, or if the condition has not improved after two weeks of good skin care.""",
            },
        ],
    },
    {
        "key": "c16-toddler-blisters-on-legs-after-park",
        "title": "My 4-year-old got big clear blisters on her legs after playing in the park",
        "body": """Hi, I'm quite worried. My daughter is 4. Two days ago, after an afternoon at the park, she had some itchy red bumps on her lower legs and ankles. This morning three of them have turned into big tense blisters filled with clear fluid, one is nearly 2 cm across. She keeps scratching.

She has no fever and she is eating and playing normally. Her little brother has no spots. Should I pop them? Is this an infection or an allergy? What can I put on them?""",
        "age": "0-9",
        "sex": "female",
        "department": "pediatric-dermatology",
        "tags": ["blisters", "insect-bites", "itching"],
        "asked": "2025-12-29",
        "answers": [
            {
                "doctor": "dr-moreau",
                "after_days": 0,
                "body": """What you describe, itchy bumps on exposed lower legs after time outdoors turning into large, tense, clear blisters, is a common reaction to **insect bites** in young children. It is a strong local immune reaction rather than an infection. It looks dramatic but usually heals well. Please do not pop them.

Young children react more strongly to bites than adults do, and on the lower legs the reaction can form a blister. Her brother may not have been bitten, or may simply not react the same way.

How to care for the blisters:

- leave the blisters intact; the roof acts as a natural dressing
- if one bursts, wash gently with soap and water, and cover with a non-stick dressing
- keep her nails short and consider light cotton trousers or socks to reduce scratching
- a cool compress can ease the itch
- an antihistamine suitable for her age can help with itching, especially at night; ask your pharmacist for the right product and dose
- a doctor or pharmacist may recommend a mild steroid cream around the blisters for a few days

To reduce bites in future, cover her legs in long grass and use a child-suitable insect repellent according to the label.

Please have her seen by a doctor if blisters burst and form yellow or honey-coloured crusts, which can mean **impetigo**, a bacterial infection that needs treatment. Be seen also if redness is spreading around the blisters, if she develops a fever or seems unwell, if new blisters appear elsewhere without bites, or if the mouth or eyes are involved. Seek urgent help straight away if she has swelling of the face or lips, difficulty breathing, or becomes drowsy.""",
            },
        ],
    },
]
