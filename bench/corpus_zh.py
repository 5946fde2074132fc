"""The Traditional Chinese part of the synthetic archive (``bench/corpus.py``): topic names, lay
aliases and phrase banks from which Chinese questions and answers are assembled.

Written in the plain register a Taiwanese clinic uses with patients. The banks hold no personal
details (no names, places, dates or numbers that could point at anyone). Each condition belongs to
a group whose symptom and advice phrases only its threads use, so a disease name or a group's
typical words turn up in their topic's threads, while the general phrases (癢, 紅, 脫皮...) are
shared by many: Chinese search terms get a realistic spread of frequencies.
"""

from __future__ import annotations

# --- Topic names --------------------------------------------------------------------------------
# Condition (as in corpus.CONDITIONS) -> (Chinese name, group, lay aliases in Chinese).

CONDITIONS_ZH: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "acne": ("痤瘡", "acne", ("青春痘", "痘痘")),
    "eczema": ("濕疹", "eczema", ()),
    "psoriasis": ("乾癬", "psoriasis", ("牛皮癬",)),
    "rosacea": ("酒糟性皮膚炎", "acne", ("酒糟鼻",)),
    "hives": ("風疹塊", "urticaria", ()),  # its medical name 蕁麻疹 is urticaria's
    "warts": ("病毒疣", "viral", ("疣",)),
    "moles": ("痣", "growth", ("黑痣",)),
    "hair loss": ("掉髮", "hair", ("落髮",)),
    "dry skin": ("皮膚乾燥", "eczema", ()),
    "itchy skin": ("皮膚癢", "eczema", ()),
    "fungal infection": ("黴菌感染", "fungal", ()),
    "seborrheic dermatitis": ("脂漏性皮膚炎", "eczema", ()),
    "contact dermatitis": ("接觸性皮膚炎", "eczema", ()),
    "atopic dermatitis": ("異位性皮膚炎", "eczema", ()),
    "melasma": ("肝斑", "pigment", ("黃褐斑",)),
    "vitiligo": ("白斑症", "pigment", ("白蝕症",)),
    "shingles": ("帶狀皰疹", "viral", ("皮蛇",)),
    "cold sores": ("唇皰疹", "viral", ()),
    "scabies": ("疥瘡", "bites", ()),
    "folliculitis": ("毛囊炎", "bacterial", ()),
    "keratosis pilaris": ("毛孔角化症", "eczema", ("雞皮膚",)),
    "nail fungus": ("灰指甲", "fungal", ("甲癬",)),
    "dandruff": ("頭皮屑", "hair", ()),
    "sunburn": ("曬傷", "sun", ()),
    "skin tags": ("軟垂疣", "growth", ("肉芽",)),
    "seborrheic keratosis": ("脂漏性角化症", "growth", ("老人斑",)),
    "actinic keratosis": ("日光性角化症", "cancer", ()),
    "hyperpigmentation": ("色素沉澱", "pigment", ()),
    "acne scars": ("痘疤", "scar", ("痘洞",)),
    "blackheads": ("黑頭粉刺", "acne", ("粉刺",)),
    "milia": ("粟粒疹", "growth", ("脂肪粒",)),
    "perioral dermatitis": ("口周皮膚炎", "acne", ()),
    "hidradenitis suppurativa": ("化膿性汗腺炎", "bacterial", ()),
    "hyperhidrosis": ("多汗症", "sweat", ("手汗症",)),
    "alopecia areata": ("圓形禿", "hair", ("鬼剃頭",)),
    "ingrown hairs": ("毛髮內生", "bacterial", ()),
    "razor bumps": ("刮鬍疹", "bacterial", ()),
    "ingrown toenails": ("嵌甲", "nail", ("凍甲",)),
    "paronychia": ("甲溝炎", "nail", ()),
    "brittle nails": ("指甲脆裂", "nail", ()),
    "nail psoriasis": ("指甲乾癬", "psoriasis", ()),
    "lichen planus": ("扁平苔癬", "psoriasis", ()),
    "lichen sclerosus": ("硬化性苔癬", "autoimmune", ()),
    "pityriasis rosea": ("玫瑰糠疹", "psoriasis", ()),
    "tinea versicolor": ("汗斑", "fungal", ("花斑癬",)),
    "urticaria": ("蕁麻疹", "urticaria", ()),
    "angioedema": ("血管性水腫", "urticaria", ()),
    "dermatographism": ("皮膚劃紋症", "urticaria", ()),
    "drug rash": ("藥物疹", "urticaria", ("藥物過敏",)),
    "heat rash": ("痱子", "sweat", ()),
    "diaper rash": ("尿布疹", "baby", ()),
    "cradle cap": ("乳痂", "baby", ()),
    "baby acne": ("新生兒痤瘡", "baby", ()),
    "hand foot and mouth disease": ("手足口病", "viral", ()),
    "chickenpox": ("水痘", "viral", ()),
    "molluscum contagiosum": ("傳染性軟疣", "viral", ("水疣",)),
    "head lice": ("頭蝨", "bites", ()),
    "impetigo": ("膿痂疹", "bacterial", ()),
    "cellulitis": ("蜂窩性組織炎", "bacterial", ()),
    "boils": ("癤", "bacterial", ()),
    "epidermoid cysts": ("表皮囊腫", "growth", ("粉瘤",)),
    "lipoma": ("脂肪瘤", "growth", ()),
    "melanoma": ("黑色素瘤", "cancer", ()),
    "basal cell carcinoma": ("基底細胞癌", "cancer", ()),
    "squamous cell carcinoma": ("鱗狀細胞癌", "cancer", ()),
    "sun spots": ("曬斑", "pigment", ()),
    "freckles": ("雀斑", "pigment", ()),
    "stretch marks": ("膨脹紋", "scar", ("妊娠紋", "肥胖紋")),
    "keloids": ("蟹足腫", "scar", ()),
    "scars": ("疤痕", "scar", ()),
    "insect bites": ("蚊蟲叮咬", "bites", ()),
    "bed bug bites": ("床蝨叮咬", "bites", ("臭蟲",)),
    "spider bites": ("蜘蛛咬傷", "bites", ()),
    "chilblains": ("凍瘡", "vascular", ()),
    "blisters": ("水泡", "foot", ()),
    "calluses": ("胼胝", "foot", ("厚繭",)),
    "corns": ("雞眼", "foot", ()),
    "cracked heels": ("腳跟龜裂", "foot", ()),
    "sensitive skin": ("敏感性肌膚", "eczema", ("敏感肌",)),
    "oily skin": ("油性肌膚", "acne", ()),
    "dermatitis herpetiformis": ("疱疹樣皮膚炎", "autoimmune", ()),
    "bullous pemphigoid": ("類天疱瘡", "autoimmune", ()),
    "pemphigus": ("天疱瘡", "autoimmune", ()),
    "lupus rash": ("紅斑性狼瘡皮疹", "autoimmune", ()),
    "dermatomyositis": ("皮肌炎", "autoimmune", ()),
    "morphea": ("局部硬皮症", "autoimmune", ()),
    "granuloma annulare": ("環狀肉芽腫", "autoimmune", ()),
    "cherry angioma": ("櫻桃狀血管瘤", "growth", ("紅痣",)),
    "spider veins": ("蜘蛛網狀靜脈", "vascular", ()),
    "venous eczema": ("鬱積性皮膚炎", "vascular", ()),
    "leg ulcers": ("腿部潰瘍", "vascular", ()),
    "petechiae": ("出血點", "vascular", ()),
    "bruising": ("瘀青", "vascular", ("烏青",)),
    "erythema nodosum": ("結節性紅斑", "autoimmune", ()),
    "erythema multiforme": ("多形性紅斑", "autoimmune", ()),
    "intertrigo": ("間擦疹", "sweat", ()),
    "candida rash": ("念珠菌感染", "fungal", ()),
    "genital warts": ("尖圭濕疣", "viral", ("菜花",)),
    "ringworm": ("體癬", "fungal", ("錢癬",)),
    "athlete foot": ("足癬", "fungal", ("香港腳",)),
    "jock itch": ("股癬", "fungal", ()),
    "photosensitivity": ("光敏感", "sun", ()),
    "polymorphic light eruption": ("多形性日光疹", "sun", ()),
    "xanthelasma": ("眼瞼黃色瘤", "growth", ()),
    "port wine stain": ("葡萄酒色斑", "pigment", ()),
    "hemangioma": ("嬰兒血管瘤", "baby", ("草莓痣",)),
    "birthmarks": ("胎記", "pigment", ()),
    "cafe au lait spots": ("咖啡牛奶斑", "pigment", ()),
    "dysplastic nevus": ("發育不良痣", "cancer", ()),
    "prurigo nodularis": ("結節性癢疹", "eczema", ()),
    "lichen simplex": ("慢性單純性苔癬", "eczema", ()),
    "nummular eczema": ("錢幣狀濕疹", "eczema", ()),
    "dyshidrotic eczema": ("汗皰疹", "eczema", ()),
    "hand eczema": ("手部濕疹", "eczema", ("富貴手",)),
    "eczema herpeticum": ("疱疹性濕疹", "viral", ()),
    "sebaceous hyperplasia": ("皮脂腺增生", "growth", ()),
    "syringoma": ("汗管瘤", "growth", ()),
    "pilar cysts": ("毛根鞘囊腫", "growth", ()),
    "dermatofibroma": ("皮膚纖維瘤", "growth", ()),
    "keratoacanthoma": ("角化棘皮瘤", "cancer", ()),
    "cholinergic urticaria": ("膽鹼性蕁麻疹", "urticaria", ()),
    "allergic reaction": ("過敏反應", "urticaria", ()),
    "poison ivy rash": ("植物性皮膚炎", "eczema", ()),
    "swimmer itch": ("游泳者癢疹", "bites", ()),
    "tattoo reaction": ("刺青過敏", "eczema", ()),
    "pyogenic granuloma": ("化膿性肉芽腫", "growth", ()),
    "mastocytosis": ("肥大細胞增生症", "autoimmune", ()),
    "telogen effluvium": ("休止期落髮", "hair", ()),
    "pattern hair loss": ("雄性禿", "hair", ()),
    "pitted keratolysis": ("窩狀角質分解症", "foot", ()),
    "body odor": ("體味", "sweat", ("狐臭",)),
    "chafing": ("摩擦疹", "sweat", ()),
    "pruritus": ("皮膚搔癢症", "eczema", ()),
}

# English lay words for a condition, besides its own name: aliases the search should expand.
ENGLISH_ALIASES: dict[str, tuple[str, ...]] = {
    "acne": ("pimples", "zits"),
    "hives": ("welts",),
    "athlete foot": ("athlete's foot",),
    "head lice": ("nits",),
    "shingles": ("herpes zoster",),
    "chickenpox": ("varicella",),
    "cold sores": ("fever blisters",),
    "dandruff": ("flaky scalp",),
}

# corpus.SITES phrase -> the Chinese body site (used in tag names and text).
SITES_ZH = {
    "on the face": "臉部", "on the scalp": "頭皮", "on the hands": "手部", "on the back": "背部",
    "on the legs": "腿部", "on the feet": "腳部", "on the arms": "手臂", "on the chest": "胸口",
    "on the neck": "脖子", "in the groin": "鼠蹊部", "on the nails": "指甲", "all over the body": "全身",
    "on the cheeks": "臉頰", "on the forehead": "額頭", "on the eyelids": "眼皮", "around the mouth": "嘴巴周圍",
    "on the lips": "嘴唇", "around the eyes": "眼睛周圍", "behind the ears": "耳後", "on the chin": "下巴",
    "on the elbows": "手肘", "in the armpits": "腋下", "on the fingers": "手指", "on the palms": "手掌",
    "on the knees": "膝蓋", "on the thighs": "大腿", "on the shins": "小腿", "between the toes": "腳趾縫",
    "on the soles": "腳底", "on the toenails": "腳趾甲", "on the buttocks": "屁股", "on the belly": "肚子",
    "on the shoulders": "肩膀", "under the breasts": "乳房下方",
}

# corpus.QUALIFIERS -> the Chinese qualifier that precedes the condition.
QUALIFIERS_ZH = {
    "chronic": "慢性", "recurring": "反覆發作的", "childhood": "兒童", "adult": "成人", "mild": "輕微",
    "severe": "嚴重", "infected": "感染的", "itchy": "會癢的", "painful": "會痛的", "sudden": "突發的",
    "widespread": "大範圍", "persistent": "持續性", "seasonal": "季節性", "stubborn": "頑固的",
    "early": "早期", "late": "晚期", "inflamed": "發炎的", "bleeding": "會流血的", "scaly": "脫屑的",
    "dark": "深色", "red": "紅色", "treatment resistant": "治療效果不好的",
}

# qa.models BodySite code -> where in the body, for threads whose tags name no site.
BODY_SITES_ZH = {
    "scalp": ("頭皮", "頭頂"), "face": ("臉上", "額頭", "臉頰", "下巴", "鼻子旁邊"), "neck": ("脖子", "後頸"),
    "chest": ("胸口", "肚子"), "back": ("背部", "肩膀"), "arms": ("手臂", "手肘", "腋下"),
    "hands": ("手背", "手指", "手掌"), "groin": ("鼠蹊部", "屁股"), "legs": ("大腿", "小腿", "膝蓋後面"),
    "feet": ("腳底", "腳趾縫", "腳背"), "nails": ("指甲", "腳趾甲"), "whole_body": ("全身", "身上好幾個地方"),
}

# --- Phrase banks --------------------------------------------------------------------------------
# Per group: symptoms the asker describes, short symptom words for titles, what they tried, and
# the doctor's advice. Sentences carry their own full-width punctuation.

GROUPS: dict[str, dict[str, tuple[str, ...]]] = {
    "acne": {
        "sites": ("臉上", "額頭", "下巴", "背部", "鼻子旁邊"),
        "symptoms": ("一直冒紅紅的痘痘", "有很多白頭粉刺", "長了好幾顆化膿的膿包", "摸起來有硬硬的結節，壓了會痛",
                     "很容易出油", "痘痘消了之後留下暗沉的印子", "擠過之後變得更紅腫", "毛孔看起來很粗",
                     "月經前會特別嚴重", "戴口罩的地方一直冒出來", "鼻子兩側常常泛紅"),
        "short": ("一直冒痘痘", "長痘痘", "出油又長粉刺", "泛紅"),
        "tried": ("用過藥局買的抗痘凝膠", "換過好幾種洗面乳", "擦過A酸", "試過茶樹精油"),
        "advice": ("洗臉一天兩次就好，不要過度清潔，以免刺激皮膚更出油。", "請不要用手擠，容易發炎並留下痘疤。",
                   "可以先試試含有A酸或杜鵑花酸的外用藥，剛開始擦可能會有點刺激，一般幾週後會適應。",
                   "保養品請選擇標示不致粉刺的產品。", "若紅腫的結節很多，可能需要口服藥物，請由醫師評估。",
                   "作息正常、少熬夜，對控制痘痘也有幫助。", "泛紅容易因為熱、酒精和辛辣食物加重，可以留意避開。"),
    },
    "eczema": {
        "symptoms": ("皮膚很乾又很癢", "抓破之後會流組織液", "一塊一塊紅紅的", "皮膚摸起來變粗變厚",
                     "洗完澡之後更癢", "冬天特別嚴重", "冒出很多小水泡", "晚上癢到睡不著", "一直脫皮",
                     "碰到清潔劑就刺痛", "換季的時候就會發作"),
        "short": ("又乾又癢", "紅疹很癢", "脫皮發癢", "冒小水泡"),
        "tried": ("擦過凡士林", "擦過護手霜", "換了洗衣精和沐浴乳", "擦過很多保濕乳液"),
        "advice": ("洗澡水溫不要太熱，時間也盡量縮短。", "洗完澡三分鐘內擦上保濕乳液，每天至少兩次。",
                   "短期使用醫師開的類固醇藥膏可以控制發炎，請照指示擦，不要自行突然停藥。",
                   "避免用力抓，指甲剪短，晚上可以戴棉手套。", "衣物以棉質透氣為主，避免羊毛直接接觸皮膚。",
                   "做家事碰水或清潔劑時請戴手套。", "可以回想發作前接觸過什麼，找出並避開可能的刺激物。"),
    },
    "psoriasis": {
        "symptoms": ("紅色的斑塊上面有一層白色的厚皮屑", "邊界很清楚", "一直掉白色的皮屑", "手肘和膝蓋最明顯",
                     "壓力大的時候會變嚴重", "指甲上有一個一個小凹洞", "關節有時候也會痛", "身上冒出很多小片的紅斑"),
        "short": ("紅斑脫屑", "一直掉皮屑", "長紅色斑塊"),
        "tried": ("擦過醫師開的藥膏", "用過去屑洗髮精", "曬過太陽"),
        "advice": ("這是慢性的疾病，治療目標是把它控制穩定，而不是一次根治。", "外用藥膏和照光治療對多數人都有效。",
                   "範圍大或影響生活時，可以考慮口服藥物或生物製劑，請和醫師討論。",
                   "規律保濕、減少摩擦和刺激，可以減少發作。",
                   "戒菸、控制體重和減輕壓力，對病情都有幫助。", "如果關節也腫痛，請一併告訴醫師。"),
    },
    "urticaria": {
        "symptoms": ("突然冒出一塊一塊腫起來的疹子", "幾個小時後就消了，但又在別的地方冒出來",
        "抓過的地方會浮起一條一條的痕跡",
                     "癢得很厲害", "眼皮和嘴唇也腫起來", "吃了海鮮之後開始發作", "流汗或洗熱水澡就會發作",
                     "吃了新的藥之後全身起疹子"),
        "short": ("全身起疹子", "突然腫起來", "一塊一塊很癢"),
        "tried": ("吃過藥局買的抗組織胺", "冰敷", "停掉最近吃的保健食品"),
        "advice": ("可以先規則服用抗組織胺，症狀穩定後再慢慢減量。",
        "記錄每次發作前吃了什麼、做了什麼，有助於找出誘發因素。",
                   "大多數急性的發作，幾週內會自己慢慢好轉。", "如果出現呼吸困難、喉嚨緊或嘴唇舌頭腫脹，請立刻就醫。",
                   "最近新吃的藥物或保健食品，看診時請一併告訴醫師。", "避免太熱的洗澡水和緊身衣物。"),
    },
    "fungal": {
        "symptoms": ("一圈一圈紅紅的，邊緣比較明顯", "一直脫皮又很癢", "悶熱流汗的時候更癢", "指甲變厚、變黃",
                     "身上有一片一片顏色淡淡的斑", "紅紅的又很癢", "範圍慢慢往外擴大", "有一點點異味"),
        "short": ("脫皮很癢", "一圈一圈的紅疹", "指甲變厚變黃"),
        "tried": ("擦過藥局買的香港腳藥膏", "擦過類固醇藥膏", "用過抗黴菌的洗劑"),
        "advice": ("保持乾燥通風，襪子和內衣褲每天更換。", "抗黴菌藥膏要擦足療程，症狀消失後最好再多擦一到兩週。",
                   "請不要自行擦類固醇藥膏，可能讓黴菌感染更嚴重。", "指甲的黴菌感染通常需要幾個月的治療，要有耐心。",
                   "家人之間不要共用毛巾和拖鞋。", "必要時可以刮一點皮屑做黴菌檢查，確定診斷。"),
    },
    "viral": {
        "symptoms": ("長了一顆表面粗粗的突起", "一群小水泡沿著身體一側排列", "刺刺痛痛的", "嘴角先刺痛，然後冒出水泡",
                     "冒出一顆一顆像珍珠的小丘疹", "數量越來越多", "發燒之後出現紅疹", "手腳和嘴巴裡面都有小水泡"),
        "short": ("冒小水泡", "長了一顆突起", "刺痛又起水泡"),
        "tried": ("自己用指甲剪剪掉", "擦過抗病毒藥膏", "貼過雞眼貼布"),
        "advice": ("病毒疣可以用冷凍治療，通常需要治療好幾次。", "請不要自己去摳或剪，容易擴散到其他地方。",
                   "沿著神經分布的水泡，最好在出疹後三天內開始吃抗病毒藥物，神經痛的機會會比較低。",
                   "水泡破掉時保持清潔，避免細菌感染。",
                   "有傳染性的期間，避免和別人共用毛巾和餐具。", "小朋友的這類小丘疹很多會在一兩年內自己消退。"),
    },
    "bacterial": {
        "symptoms": ("紅腫熱痛", "中間有一個膿頭", "結了黃色的痂皮", "紅腫的範圍越來越大", "摸起來熱熱的",
                     "毛孔周圍冒出小紅點和膿包", "刮完鬍子之後特別嚴重", "腋下反覆長出會痛的硬塊"),
        "short": ("紅腫化膿", "長膿包", "又紅又痛"),
        "tried": ("擦過抗生素藥膏", "自己擠過膿", "熱敷"),
        "advice": ("請不要自己擠膿，容易讓感染擴散。", "溫敷可以幫助引流和減輕疼痛。",
                   "如果發燒、紅腫範圍快速擴大，請儘快就醫。", "可能需要抗生素，請依照醫師指示吃完整個療程。",
                   "刮鬍子時順著毛髮生長的方向刮，刀片要常換。", "保持患部清潔乾燥，毛巾不要和家人共用。"),
    },
    "pigment": {
        "symptoms": ("有對稱的褐色斑", "曬太陽之後顏色變深", "皮膚出現一塊白白的，不癢也不痛", "斑點慢慢變多",
                     "膚色看起來不均勻", "出生就有一塊顏色不一樣的皮膚"),
        "short": ("長斑", "膚色不均", "出現白斑"),
        "tried": ("擦過美白精華液", "用過淡斑霜", "做過幾次雷射"),
        "advice": ("防曬是最重要的，每天擦防曬，流汗後記得補擦。", "外出可以戴帽子、撐傘，減少日曬。",
                   "淡斑的外用藥要持續擦幾個月才看得出效果。",
                   "雷射治療前要先確定斑的種類，不適合的治療可能讓顏色更深。",
                   "白斑有照光和外用藥物可以治療，越早開始效果越好。", "胎記大多是良性的，可以定期拍照觀察變化。"),
    },
    "hair": {
        "sites": ("頭頂", "頭皮", "前額的髮線"),
        "symptoms": ("掉很多頭髮，洗頭時特別明顯", "頭頂變得比較稀疏", "突然出現一塊圓形沒有頭髮的地方",
                     "髮線慢慢往後退", "頭皮很癢，有很多皮屑", "梳頭時看到很多斷髮", "頭皮看得到小白點，一直抓"),
        "short": ("一直掉頭髮", "頭髮變稀疏", "頭皮癢有皮屑"),
        "tried": ("換過防掉髮洗髮精", "擦過生髮水", "吃過保健食品"),
        "advice": ("壓力、生病或產後都可能造成暫時性的大量落髮，通常幾個月內會慢慢恢復。",
        "可以抽血檢查甲狀腺功能和鐵質。",
                   "雄性禿有外用生髮藥水和口服藥物可以治療，需要持續使用。", "圓形的落髮可以在局部注射藥物治療。",
                   "盡量避免頻繁燙染，減少對頭髮的傷害。", "頭皮屑多的話，可以用含抗黴菌成分的洗髮精，一週兩到三次。"),
    },
    "nail": {
        "sites": ("指甲", "腳趾甲", "大拇趾的指甲"),
        "symptoms": ("指甲很容易斷裂、分層", "指甲表面凹凸不平", "指甲邊緣插進肉裡", "走路的時候會痛", "指甲旁邊紅腫",
                     "指甲旁邊流膿"),
        "short": ("指甲旁邊紅腫", "指甲斷裂", "走路會痛"),
        "tried": ("自己把指甲剪掉一角", "泡過溫鹽水", "擦過護甲油"),
        "advice": ("剪指甲要平剪，不要剪太短，也不要把兩側剪成圓弧形。", "穿寬鬆、前面不擠的鞋子。",
                   "手常碰水的話要戴手套，並擦護手霜。", "反覆發炎可以考慮手術處理，從根本改善。"),
    },
    "growth": {
        "symptoms": ("長了一顆小小的突起，不痛也不癢", "摸起來軟軟的", "慢慢變大", "顏色比旁邊的皮膚深",
        "表面看起來像蠟一樣",
                     "有時候會流血", "皮膚下面摸得到一顆圓圓的東西", "有好幾顆小小的白色顆粒"),
        "short": ("長了一顆東西", "冒出小顆粒", "皮膚下面有硬塊"),
        "tried": ("還沒有處理", "自己試著擠過", "用過去疣的藥水"),
        "advice": ("大多數這類的突起是良性的，不需要太擔心。", "如果變大、變色、形狀不規則或會流血，請到皮膚科檢查。",
                   "醫師可以用皮膚鏡檢查，必要時做切片化驗。", "想要去除的話，可以用雷射、冷凍或小手術處理。",
                   "請不要自己用針挑或用力擠，容易感染並留下疤痕。"),
    },
    "cancer": {
        "symptoms": ("一顆痣最近變大，顏色也變深", "邊緣不規則", "傷口一直好不了", "容易流血、結痂",
        "摸起來粗粗的，像砂紙一樣",
                     "長得很快"),
        "short": ("痣變大了", "傷口一直不好", "長了一顆會流血的東西"),
        "tried": ("擦過消炎藥膏", "還沒有處理"),
        "advice": ("這需要儘快到皮膚科讓醫師實際檢查。", "可能需要切片才能確定診斷。",
        "早期發現、早期治療，效果通常很好。",
                   "平常要注意防曬，並定期檢查身上的痣有沒有變化。"),
    },
    "scar": {
        "symptoms": ("疤痕凸起來而且會癢", "疤痕比原本的傷口還大", "肚子和大腿出現一條一條的紋路", "痘痘留下很多凹洞",
                     "疤痕的顏色一直很紅"),
        "short": ("疤痕凸起", "留下凹洞", "長出紋路"),
        "tried": ("擦過除疤凝膠", "貼過矽膠片", "做過幾次雷射"),
        "advice": ("凸起的疤痕可以注射類固醇，讓它變平變軟。", "矽膠片或矽膠凝膠要持續使用幾個月。",
                   "新的紋路顏色還偏紅時，治療效果比較好。", "凹洞型的痘疤可以考慮雷射或其他療程，請和醫師討論。"),
    },
    "sweat": {
        "sites": ("手心", "腋下", "大腿內側", "脖子"),
        "symptoms": ("一直流汗", "很容易濕濕的", "夏天悶熱的時候冒一堆小紅點", "摩擦到破皮", "身上有異味",
                     "皮膚皺褶的地方紅紅的，有點刺痛"),
        "short": ("一直流汗", "悶熱冒紅點", "摩擦破皮"),
        "tried": ("用過止汗劑", "擦過爽身粉", "換穿排汗衣"),
        "advice": ("止汗劑在晚上睡前擦，效果比較好。", "穿吸濕排汗、寬鬆的衣服，保持涼爽。",
                   "流汗很多影響生活的話，可以考慮肉毒桿菌素注射或其他治療。", "皮膚皺褶的地方洗完要擦乾，保持乾爽。"),
    },
    "bites": {
        "symptoms": ("有好幾個紅色的腫包", "一顆一顆排成一直線", "家裡的人也開始癢", "晚上癢得特別厲害",
                     "有很多小小的紅疹", "去海邊玩水之後開始癢"),
        "short": ("被咬很癢", "晚上特別癢", "全家都在癢"),
        "tried": ("擦過止癢藥膏", "冰敷", "把床單拿去洗"),
        "advice": ("疥瘡需要全家一起治療，衣物和床單要用熱水洗過。", "蚊蟲叮咬可以冰敷，並擦止癢的藥膏。",
                   "如果腫得很厲害或出現水泡，請就醫。", "可以檢查床墊縫隙和寢具，必要時請專業除蟲。"),
    },
    "baby": {
        "sites": ("寶寶的屁股", "寶寶的臉上", "寶寶的頭皮", "寶寶的脖子"),
        "symptoms": ("紅紅的一片", "有黃黃油油的痂", "冒出小顆的紅疹",
        "一直去抓，哭鬧好像很不舒服",
                     "有一塊紅紅的、微微凸起"),
        "short": ("起紅疹", "結痂", "紅紅的"),
        "tried": ("擦過護膚膏", "用嬰兒油擦過", "換過尿布的牌子"),
        "advice": ("勤換尿布，保持乾爽，換尿布時可以讓屁股透透氣。", "可以擦含氧化鋅的護膚膏，形成保護層。",
                   "頭皮的痂可以先用嬰兒油軟化，再輕輕洗掉，不要硬摳。", "新生兒臉上的小疹子大多會自己消失。",
                   "如果寶寶發燒、活動力變差，請儘快帶去看醫師。"),
    },
    "autoimmune": {
        "symptoms": ("出現一顆一顆的大水泡", "有一片紅斑", "曬太陽之後更明顯", "紫紅紫紅的", "關節痠痛",
                     "有會痛的紅色硬塊", "有一塊皮膚變硬、變亮"),
        "short": ("起大水泡", "臉上有紅斑", "皮膚變硬"),
        "tried": ("擦過類固醇藥膏", "還沒有看過醫師"),
        "advice": ("需要抽血和切片檢查，才能確定診斷。", "這類疾病要在皮膚科或風濕免疫科長期追蹤。",
                   "治療可能需要口服藥物，請依照醫師的指示，不要自行停藥。", "症狀快速變化時，請儘快就醫。"),
    },
    "vascular": {
        "symptoms": ("有很多細細的紅紫色血管", "皮膚變黑又癢", "傷口很久都沒好", "身上有很多針點狀的紅點",
                     "不記得有撞到卻有瘀青", "天冷的時候紅腫發癢"),
        "short": ("出現紅點", "有瘀青", "小腿血管明顯"),
        "tried": ("抬腳休息", "穿過彈性襪", "熱敷"),
        "advice": ("把腳抬高、穿彈性襪，可以改善腿部的循環。", "不明原因的出血點或瘀青，請抽血檢查。",
                   "天冷時注意手腳保暖，避免忽冷忽熱。", "傷口很久沒好，需要請醫師評估血液循環。"),
    },
    "foot": {
        "sites": ("腳底", "腳跟", "腳趾"),
        "symptoms": ("有一塊厚厚硬硬的皮", "走路壓到的時候會痛", "乾裂，甚至會流血", "穿新鞋磨出水泡",
                     "有很多小凹洞，還有異味"),
        "short": ("腳底長厚皮", "腳跟裂開", "磨出水泡"),
        "tried": ("泡腳", "用磨腳皮機磨過", "貼過人工皮"),
        "advice": ("泡腳之後用磨腳皮的工具輕輕磨，不要一次磨太多。", "每天擦含尿素的乳霜。",
                   "選擇合腳的鞋子，減少摩擦和壓迫。", "請不要自己用刀片割，容易受傷感染。"),
    },
    "sun": {
        "symptoms": ("曬完太陽皮膚又紅又燙", "開始脫皮", "起了水泡", "一曬太陽就冒小紅疹"),
        "short": ("曬完紅腫", "曬太陽起疹子"),
        "tried": ("擦過蘆薈膠", "冷敷"),
        "advice": ("先冷敷降溫，多喝水。", "擦溫和的保濕乳液，水泡不要弄破。",
                   "以後出門前擦防曬，並穿長袖、戴帽子。", "吃的藥物有些會讓皮膚對光敏感，可以請醫師看看。"),
    },
}

# --- Shared by every group ---------------------------------------------------------------------

COMMON_SYMPTOMS = (
    "很癢", "有點癢", "癢到一直抓", "紅紅的", "有點紅腫", "會脫皮", "偶爾會刺痛", "摸起來有點粗",
    "晚上比較癢", "抓了之後更紅", "不會痛但很在意", "有時候會熱熱的",
)
DURATIONS = (
    "這幾天才出現", "大概一個禮拜了", "已經兩三個禮拜", "差不多一個月了", "已經好幾個月", "斷斷續續一年多",
    "從小就有", "從上個月開始", "每年這個季節都會發作", "最近才注意到",
)
TRIED = (
    "擦過藥局買的藥膏", "吃過抗組織胺", "換了沐浴乳和洗衣精", "擦過凡士林", "用過醫師開的類固醇藥膏",
    "冰敷過", "什麼都還沒用", "擦過乳液", "吃過之前剩下的藥",
)
TRIED_RESULTS = ("好像沒什麼用。", "有好一點，但停了又復發。", "剛開始有效，後來就沒效了。", "反而更嚴重。",
                 "不確定有沒有幫助。")
WORRIES = (
    "很擔心會不會傳染給家人。", "不知道需不需要去看皮膚科。", "很怕會留下疤痕。", "上網查了很多資料，越看越擔心。",
    "工作的時候一直想抓，很困擾。", "已經影響到睡眠了。", "不知道是不是吃的東西引起的。", "天氣熱的時候更明顯。",
)
CONTEXT = (
    "最近天氣很悶熱，常常流汗。", "最近工作壓力比較大，也常常熬夜。", "平常工作需要常常洗手。", "家裡有養貓和狗。",
    "前陣子換了新的保養品。", "最近搬了家，換了新的床墊和寢具。", "平常很少曬太陽。", "上個月去海邊玩了幾天。",
    "家裡其他人都沒有類似的狀況。", "小時候好像也有過，但後來就好了。", "最近開始去健身房運動。",
    "飲食上沒有特別改變。",
    "天氣變冷之後皮膚就變得很乾。", "平常有戴口罩的習慣。", "家裡開冷氣的時間很長。",
)
EXPLANATIONS = (
    "皮膚的問題常常和季節、壓力和生活習慣有關。", "網路上很多照片看起來很像，但實際的診斷還是要看過才準。",
    "這類狀況很常見，門診每天都會遇到，不用太緊張。", "皮膚的保護層受損時，就比較容易發癢和發炎。",
    "治療通常需要一段時間，請耐心按時用藥。", "很多人擦藥好轉後就自行停藥，結果又再復發。",
    "抓癢會讓皮膚更癢，形成惡性循環。", "每個人的體質不同，適合的治療方式也不一樣。",
)
CLOSERS = (
    "請問醫師這是什麼問題？", "需要去診所看嗎？", "請問該怎麼處理比較好？", "請問會自己好嗎？",
    "麻煩醫師幫忙看看，謝謝。",
    "請問平常要注意什麼？",
)
QUESTION_MENTIONS = (
    "我懷疑是{t}。", "會不會是{t}？", "之前的醫師說可能是{t}。", "上網查了{t}的資料，覺得很像。", "{t}會自己好嗎？",
    "家裡也有人得過{t}。", "{t}會傳染嗎？", "{t}會留下疤痕嗎？", "藥師說可能是{t}。", "請問{t}要怎麼治療？",
)
TITLES = (
    "{site}{short}，是{t}嗎？", "請問{t}該怎麼處理？", "{site}一直{short}怎麼辦？", "擔心是{t}", "{t}反覆發作",
    "{site}{short}好久了", "{t}會好嗎？", "關於{t}的問題", "{site}{short}，需要看醫師嗎？",
)
ANSWER_OPENERS = ("您好，謝謝您的提問。", "您好。", "謝謝您詳細的描述。", "您好，看了您的描述，")
ANSWER_MENTIONS = (
    "從您的描述看起來，比較像是{t}。", "{t}很常見，通常可以治療。", "{t}的話，溫和的清潔和保濕很重要。",
    "也要排除{t}的可能。", "{t}本身並不危險，但容易反覆。", "{t}大多在治療幾週後會改善。",
    "如果{t}一直反覆，建議到皮膚科門診讓醫師實際看看。",
)
GENERAL_ADVICE = (
    "建議保持患部清潔乾燥。", "避免用力抓或摳，以免破皮感染。", "如果兩週內沒有改善，請到皮膚科門診讓醫師實際看看。",
    "洗澡水不要太熱，洗完記得擦保濕。", "可以拍照記錄變化，看診時給醫師參考。", "不建議自行使用來路不明的藥膏。",
    "網路上的照片僅供參考，實際還是要由醫師檢查。",
)
URGENT = (
    "如果出現發燒、範圍快速擴大或化膿，請儘快就醫。", "若有呼吸困難或臉部腫脹，請立刻到急診。",
)
ANSWER_CLOSERS = ("祝早日康復。", "希望對您有幫助。", "有問題歡迎再回來詢問。", "請多保重。")


def condition_zh(condition: str) -> tuple[str, str, tuple[str, ...]]:
    """(Chinese name, group, Chinese aliases) of a corpus condition."""
    return CONDITIONS_ZH[condition]


def tag_name_zh(condition: str, qualifier: str, site_phrase: str) -> str:
    """The Chinese name of a tag made from a condition, a qualifier and a body site (either may be "")."""
    name = (QUALIFIERS_ZH[qualifier] if qualifier else "") + CONDITIONS_ZH[condition][0]
    # "的" keeps a site's tag apart from a condition named after a site (指甲的乾癬, 指甲乾癬).
    return f"{SITES_ZH[site_phrase]}的{name}" if site_phrase else name


class ChineseText:
    """Chinese titles, questions and answers for threads, from the banks above.

    ``tags`` are the corpus' TagSpecs, ``conditions`` the condition names their ``family`` indexes,
    ``rand`` the random stream of the Chinese text (every choice comes from it).
    """

    def __init__(self, tags, conditions: list[str], rand):
        self.rand = rand
        self.names = [t.name_zh for t in tags]
        groups = [GROUPS[CONDITIONS_ZH[conditions[t.family]][1]] for t in tags]
        self.groups = groups
        everywhere = tuple(s for sites in BODY_SITES_ZH.values() for s in sites)
        # Where on the body: the topic's site, else where its group's troubles are, else anywhere.
        self.sites = [BODY_SITES_ZH[t.site_code] if t.site_code else g.get("sites", everywhere)
                      for t, g in zip(tags, groups, strict=True)]
        # Per group, the symptoms it describes mixed with the common ones (so 癢 is everywhere).
        by_group = {}
        for name, bank in GROUPS.items():
            by_group[name] = (
                (*bank["symptoms"], *COMMON_SYMPTOMS),
                (*bank["short"], "癢", "紅腫", "脫皮", "起疹子"),
                tuple(f"{t}。" for t in (*bank["tried"], *TRIED)),
            )
        self._banks = [by_group[CONDITIONS_ZH[conditions[t.family]][1]] for t in tags]
        # What the asker tried (the question's "tried" field), per tag of the thread's first topic.
        self.tried = [bank[2] for bank in self._banks]

    def _pick(self, items):
        return items[int(self.rand() * len(items))]

    def _some(self, items, k: int) -> list:
        """Up to ``k`` distinct items, in the order drawn."""
        chosen = []
        for _ in range(k):
            item = items[int(self.rand() * len(items))]
            if item not in chosen:
                chosen.append(item)
        return chosen

    def thread(self, chosen: list[int]) -> tuple[str, str, list[str]]:
        """(title, question body, answer paragraphs) of a thread about the tags ``chosen``."""
        rand, pick, some = self.rand, self._pick, self._some
        first, others = chosen[0], chosen[1:]
        names, group = self.names, self.groups[first]
        symptoms, shorts, tried = self._banks[first]
        site = pick(self.sites[first])

        title = pick(TITLES).format(site=site, short=pick(shorts), t=names[first])

        described = some(symptoms, 2 + int(rand() * 4))
        opening = f"{site}{described[0]}，{pick(DURATIONS)}。"
        if len(described) > 1:
            opening += "另外" + "，".join(described[1:]) + "。"
        opening += "".join(some(CONTEXT, int(rand() * 4)))
        mentions = [pick(QUESTION_MENTIONS).format(t=names[t]) for t in [first, *others[:int(rand() * 4)]]]
        paragraphs = [opening + "".join(mentions[:2])]
        middle = mentions[2:]
        if rand() < 0.7:
            middle.append(f"之前{pick(tried)[:-1]}，{pick(TRIED_RESULTS)}")
        middle += some(WORRIES, int(rand() * 3))
        if middle:
            paragraphs.append("".join(middle))
        paragraphs.append(pick(CLOSERS))
        body = "\n\n".join(paragraphs)

        answer = [pick(ANSWER_OPENERS) + pick(ANSWER_MENTIONS).format(t=names[first])
                  + "".join(some(EXPLANATIONS, 1 + int(rand() * 2)))]
        advice = some(group["advice"], 2 + int(rand() * 3)) + some(GENERAL_ADVICE, 1 + int(rand() * 2))
        advice += [pick(ANSWER_MENTIONS).format(t=names[t]) for t in others[:int(rand() * 3)]]
        half = (len(advice) + 1) // 2
        answer += ["".join(advice[:half]), "".join(advice[half:])]
        last = pick(URGENT) if rand() < 0.3 else ""
        answer.append(last + pick(ANSWER_CLOSERS))
        return title, body, [p for p in answer if p]
