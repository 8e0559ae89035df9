"""Synthetic articles in the four seed formats, for benchmarks and tests at scale.

Each article is a pure function of ``(seed, index)``: the same seed gives the same bytes, and
any one article can be rebuilt alone. The generator varies the seeds' structures (institutions,
figures and their phrasings, dates, page furniture, line widths); it does not copy their text.
Every ``DUPLICATE_EVERY``-th article repeats an earlier one byte for byte, as scraped corpora do.
"""

from __future__ import annotations

import hashlib
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

FORMATS = ("front_matter_html", "newspaper", "web_page", "pdf_text")  # as ``Document.format``
DUPLICATE_EVERY = 97
FIGURE_SHARE = 0.15  # of sentences; most hold two figures: about as dense as the seeds
_FIRST_DAY = date(2019, 1, 1)
_DAYS = 6 * 365


@dataclass(frozen=True)
class Place:
    """A Greater Bay Area city with some of its districts and hospitals."""

    city: str
    districts: tuple[str, ...]
    hospitals: tuple[str, ...]


PLACES = (
    Place("广州", ("黄埔区", "南沙区", "天河区", "越秀区", "番禺区"),
          ("广州市第一人民医院", "广州南沙区第一人民医院", "广州开发区医院", "广东省人民医院",
           "中山大学附属第三医院", "广州市妇女儿童医疗中心")),
    Place("深圳", ("前海", "罗湖区", "福田区", "南山区", "宝安区", "龙岗区"),
          ("香港大学深圳医院", "深圳市人民医院", "南方医科大学深圳医院", "深圳市罗湖区人民医院",
           "北京大学深圳医院", "深圳市宝安区中心医院")),
    Place("珠海", ("横琴", "香洲区", "斗门区", "金湾区"),
          ("珠海市人民医院", "珠海市人民医院横琴医院", "中山大学附属第五医院", "珠海市妇幼保健院")),
    Place("佛山", ("禅城区", "南海区", "顺德区", "三水区"),
          ("佛山市第一人民医院", "佛山市中医院", "顺德区第一人民医院", "佛山市南海区人民医院")),
    Place("中山", ("石岐街道", "东区", "火炬开发区", "小榄镇"),
          ("中山市人民医院", "中山市中医院", "中山市博爱医院", "中山市小榄人民医院")),
    Place("东莞", ("南城街道", "松山湖", "虎门镇", "长安镇"),
          ("东莞康华医院", "东莞市人民医院", "东莞市松山湖中心医院", "东莞东华医院")),
    Place("惠州", ("惠城区", "惠阳区", "大亚湾", "博罗县"),
          ("惠州市中心人民医院", "惠州市第一人民医院", "惠州市第三人民医院", "惠州市妇幼保健院")),
    Place("江门", ("蓬江区", "新会区", "台山市", "开平市"),
          ("江门市中心医院", "江门市人民医院", "台山市人民医院", "江门市妇幼保健院")),
    Place("肇庆", ("端州区", "鼎湖区", "高要区"),
          ("肇庆市第一人民医院", "肇庆市中医院", "肇庆市高要区人民医院")),
)
PARTNERS = ("香港大学医学院", "香港中文大学医学院", "澳门镜湖医院", "澳门科大医院", "香港养和医院",
            "香港浸信会医院", "澳门仁伯爵综合医院", "香港港怡医院", "香港明德国际医院", "澳门协和医院")
RESIDENTS = ("港澳居民", "香港居民", "澳门居民", "港澳同胞", "港澳人士", "港澳籍患者")
CLINICS = ("港澳居民健康服务中心", "跨境远程门诊", "国际医疗部", "港式家庭医生诊室", "粤港澳特需门诊",
           "港人就医服务点")
ROLES = ("党委书记", "院长", "副院长", "医务部主任", "国际医疗部主任", "全科医学科主任")
SURNAMES = "陈李张黄王林吴刘梁何郑谢罗周许冯邓曾彭蔡"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华文志红晓建国海燕俊慧颖嘉"
_CN = "零一二三四五六七八九"
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_NUMBER = re.compile(r"\d+(?:[.\-]\d+)*")
_PADDED = r" \g<0> "
_ASCII_PUNCT = str.maketrans({"，": ",", "：": ":", "（": "(", "）": ")", "；": ";"})


class Rng(random.Random):
    """``random.Random`` whose integer draws take one ``random()`` call each: four times faster
    than the exactly uniform ones, with a bias far below anything a corpus could show."""

    def randrange(self, start: int, stop: int | None = None, step: int = 1) -> int:
        if stop is None:
            start, stop = 0, start
        return start + step * int(self.random() * ((stop - start + step - 1) // step))

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))

    def choice(self, seq):
        return seq[int(self.random() * len(seq))]

    def shuffled(self, seq) -> list:
        """A new list of ``seq`` in random order (Fisher-Yates)."""
        out = list(seq)
        for i in range(len(out) - 1, 0, -1):
            j = int(self.random() * (i + 1))
            out[i], out[j] = out[j], out[i]
        return out


@dataclass(frozen=True)
class Story:
    """What one article is about: the draws its sentences share."""

    place: Place
    hospital: str
    district: str
    partner: str
    residents: str
    clinic: str
    published: date


def _cn(n: int) -> str:
    """Chinese numeral for 1..99 (十二, 二十, 三十五)."""
    tens, ones = divmod(n, 10)
    if not tens:
        return _CN[ones]
    return ("" if tens == 1 else _CN[tens]) + "十" + (_CN[ones] if ones else "")


def _count(r: Rng, lo: int, hi: int) -> str:
    """A small count written in digits or, a third of the time, in Chinese (五位, 三间)."""
    n = r.randint(lo, hi)
    return _cn(n) if r.random() < 0.33 and n < 100 else str(n)


def _wan(r: Rng, lo: float, hi: float) -> str:
    """A large figure in 万 (4.8万, 47万) or in plain digits (20598)."""
    x = r.uniform(lo, hi)
    form = r.randrange(3)
    if form == 0:
        return f"{x:.1f}万"
    if form == 1:
        return f"{round(x)}万"
    return str(round(x * 10000))


def _approx(r: Rng, number: str) -> str:
    """The number with one of the hedges the press uses: 逾 近 余 多 超 约, or none."""
    return r.choice(("逾{}", "近{}", "{}余", "{}多", "超{}", "约{}", "{}", "{}")).format(number)


def _pct(r: Rng, lo: float, hi: float) -> str:
    x = r.uniform(lo, hi)
    return f"{x:.1f}%" if r.random() < 0.5 else f"{round(x)}%"


def _person(r: Rng) -> str:
    return r.choice(SURNAMES) + "".join(r.choice(GIVEN) for _ in range(r.randint(1, 2)))


def _day(r: Rng, s: Story) -> str:
    """A date before publication, as the press writes it: 9月10日, 去年6月1日, 2019年12月5日."""
    d = s.published - timedelta(days=r.randint(1, 700))
    form = r.randrange(3)
    if form == 0:
        return f"{d.month}月{d.day}日"
    if form == 1:
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{'今年' if d.year == s.published.year else '去年'}{d.month}月{d.day}日"


Sentence = Callable[[Rng, Story], str]

FIGURES: tuple[Sentence, ...] = (
    lambda r, s: f"自{r.randint(2015, s.published.year - 1)}年{r.randint(1, 12)}月投入运营以来，"
                 f"{s.hospital}累计服务{s.residents}{_approx(r, _wan(r, 0.5, 30))}人次，"
                 f"约占总诊疗人次的{_pct(r, 3, 40)}。",
    lambda r, s: f"据统计，{s.hospital}每年接诊{s.residents}{_approx(r, _wan(r, 0.3, 8))}人次。",
    lambda r, s: f"{s.hospital}年均{s.residents}就诊量超{_wan(r, 1, 5)}人次。",
    lambda r, s: f"{s.hospital}现有床位{r.randint(300, 3500)}张，其中国际医疗病区{r.randint(20, 120)}张。",
    lambda r, s: f"新院区规划床位{r.randint(400, 2000)}张，占地面积{r.uniform(2, 9):.2f}万平方米，"
                 f"总建筑面积{r.uniform(8, 40):.2f}万平方米。",
    lambda r, s: f"该{s.clinic}建筑面积约{r.randrange(800, 12000, 100)}平方米，"
                 f"设有{_count(r, 3, 12)}间诊室、{r.randint(10, 60)}张病床。",
    lambda r, s: f"目前共有{r.randint(8, 90)}名港澳医生在{s.hospital}执业，"
                 f"由{_count(r, 3, 9)}位专家每周定期坐诊。",
    lambda r, s: f"截至{s.published.year}年{r.randint(1, 12)}月底，{s.place.city}参加居民医疗保险的"
                 f"{s.residents}达{(total := r.randint(2000, 40000))}人，比上年底增加"
                 f"{r.randint(100, total // 2)}人，增长{_pct(r, 5, 100)}。",
    lambda r, s: f"{s.published.year - 1}年，{s.place.city}新生儿死亡率降至{(n := r.uniform(0.8, 2.5)):.1f}‰，"
                 f"婴儿死亡率{(i := n + r.uniform(0.3, 1.5)):.1f}‰，"
                 f"5岁以下儿童死亡率{i + r.uniform(0.3, 2):.1f}‰。",
    lambda r, s: f"近{_cn(r.randint(5, 10))}年来，{s.hospital}病床数从{r.randint(150, 600)}张增加至"
                 f"{r.randint(650, 1800)}张，年门急诊量从{r.randint(20, 90)}万余人次上升至"
                 f"{r.randint(95, 260)}万余人次。",
    lambda r, s: f"{s.district}现有{_count(r, 2, 9)}家三级以上医院，床位数共{r.randint(1200, 6000)}张，"
                 f"今年还将新增{_count(r, 1, 4)}家国际化医院。",
    lambda r, s: f"{s.hospital}开展四级手术年均超{r.randrange(500, 6000, 10)}例，"
                 f"微创手术占比{_pct(r, 20, 70)}。",
    lambda r, s: f"计划{_cn(r.randint(2, 5))}年内培养{r.randrange(50, 400, 10)}名全科医生和"
                 f"{r.randrange(50, 400, 10)}名社区护士，建设{(lo := r.randint(5, 20))}-"
                 f"{lo + r.randint(3, 10)}间标准化港式家庭医生诊室。",
    lambda r, s: f"目前该院已全职引进博士{r.randint(3, 60)}名、硕士{r.randint(40, 400)}名。",
    lambda r, s: f"{s.place.city}已有{r.randint(2, 15)}家医疗机构成为“港澳药械通”指定医疗机构，"
                 f"累计引进港澳药品{r.randint(5, 60)}种、医疗器械{r.randint(2, 30)}种。",
    lambda r, s: f"{s.residents}在{s.hospital}就诊的平均等候时间缩短至{r.randint(8, 40)}分钟，"
                 f"满意度达{_pct(r, 85, 99.5)}。",
    lambda r, s: f"从口岸步行{r.randint(3, 15)}分钟即可到达{s.hospital}{s.clinic}。",
    lambda r, s: f"今年以来，跨境转诊患者{_approx(r, str(r.randint(120, 5000)))}例，"
                 f"同比增长{_pct(r, 5, 120)}。",
    lambda r, s: f"{s.hospital}新院区总投资约{r.uniform(5, 60):.1f}亿元，预计{s.published.year + 1}年建成。",
    lambda r, s: f"香港长者医疗券在{s.hospital}的使用人次达{_wan(r, 0.5, 12)}，"
                 f"涉及金额{_approx(r, _wan(r, 100, 3000))}港元。",
    lambda r, s: f"家庭医生签约服务已覆盖{s.residents}{r.randint(800, 20000)}人，签约率{_pct(r, 20, 80)}。",
    lambda r, s: f"祖籍{s.place.city}的港澳台同胞和海外侨胞有{_approx(r, str(r.randint(50, 600)) + '万')}人。",
    lambda r, s: f"{s.district}常住{s.residents}{_approx(r, _wan(r, 0.5, 6))}人，"
                 f"拥有{_approx(r, str(r.randint(800, 9000)))}家港资企业。",
    lambda r, s: f"该院组织专家对全市{r.randint(10, 80)}家机构开展产前筛查质量调研，"
                 f"为约{r.uniform(0.5, 5):.1f}万名孕产妇提供免费筛查服务。",
)

PROSE: tuple[Sentence, ...] = (
    lambda r, s: f"{_day(r, s)}，{s.hospital}与{s.partner}签署合作协议，双方将在人才培养、"
                 f"学科建设和科研合作等方面开展深度交流。",
    lambda r, s: f"随着粤港澳大湾区建设不断推进，在{s.place.city}生活和工作的{s.residents}日益增多，"
                 f"跨境就医需求持续上升。",
    lambda r, s: f"{s.hospital}{r.choice(ROLES)}{_person(r)}表示，医院将继续完善跨境医疗服务流程，"
                 f"为{s.residents}提供更加便捷的就医体验。",
    lambda r, s: f"{_day(r, s)}，{s.hospital}{s.clinic}正式揭牌运营。",
    lambda r, s: f"该{s.clinic}推行港式全科诊疗模式，提供预约挂号、双语陪诊、商业保险直付等一站式服务。",
    lambda r, s: f"“以前看病要专程回香港，排队时间长，现在在{s.place.city}家门口就能看上港医，"
                 f"还能用上熟悉的药。”来自香港的{_person(r)}{r.choice(('女士', '先生', '阿姨', '伯伯'))}说。",
    lambda r, s: f"{s.district}将借鉴港澳医疗服务模式，推动规则衔接和机制对接，"
                 f"打造{s.residents}就医首选地。",
    lambda r, s: f"{s.partner}专家团队定期到{s.hospital}出诊、查房和带教，两地医生同台手术已成常态。",
    lambda r, s: f"记者从{s.place.city}市卫生健康局获悉，当地正加快推进“医保通”“药械通”“医师通”落地。",
    lambda r, s: f"持有香港医疗商业保险的{s.residents}在{s.hospital}看病可享受直赔直付服务，"
                 f"无需垫付医疗费用。",
    lambda r, s: f"{s.hospital}已通过国际医疗卫生机构认证，是{s.place.city}较早开展跨境直付结算的医院之一。",
    lambda r, s: f"下一步，{s.hospital}将在信息互通、资质互认、资源共享等方面寻求更大突破。",
    lambda r, s: f"{s.hospital}安排熟悉粤语和英语的医护人员，为{s.residents}提供导诊和陪诊服务。",
    lambda r, s: f"为方便{s.residents}就医，{s.hospital}开通专属预约通道，支持使用港澳居民来往内地"
                 f"通行证挂号。",
    lambda r, s: "两地专家通过远程会诊平台共同讨论疑难病例，患者无需往返奔波。",
    lambda r, s: f"{s.district}卫生健康部门表示，将继续推动医疗服务规则与港澳衔接，提升跨境就医便利度。",
    lambda r, s: f"据介绍，{s.hospital}正在建设智慧医院，患者可以在手机上完成预约、缴费和查询报告。",
    lambda r, s: f"{s.partner}与{s.hospital}还将在护理培训、医院管理和临床研究等方面深化合作。",
    lambda r, s: f"不少{s.residents}表示，在{s.place.city}看病流程清晰、等候时间短，体验与在港澳相近。",
    lambda r, s: "业内人士认为，跨境医疗合作有助于推动大湾区优质医疗资源共建共享。",
    lambda r, s: f"{s.hospital}相关负责人介绍，医院已建立跨境转诊绿色通道，危急重症患者可以快速转运。",
    lambda r, s: "目前，相关工作正在有序推进，部分项目已进入试运行阶段。",
    lambda r, s: f"在{s.hospital}门诊大厅，记者看到不少前来咨询的{s.residents}，导诊台工作人员正在"
                 f"耐心解答。",
    lambda r, s: f"该项服务推出后受到{s.residents}普遍欢迎，{s.place.city}其他医院也在研究借鉴。",
)

KINDS = (PROSE, FIGURES)
PAPERS = ("羊城晚报", "南方日报", "深圳特区报", "珠海特区报", "江门日报")
HEADINGS = ("跨境医疗服务提速", "港澳居民就医更便利", "湾区医疗合作再深化", "规则衔接迈出新步伐",
            "人才引育赋能发展", "家门口享受港澳医疗", "打造国际医疗服务高地", "三地专家共建共享")
TITLES: tuple[Sentence, ...] = (
    lambda r, s: f"{s.hospital}{s.clinic}揭牌 {s.residents}在家门口看港医",
    lambda r, s: f"{s.district}首家{s.clinic}启用，年服务{s.residents}超{_wan(r, 1, 5)}人次",
    lambda r, s: f"湾区观察｜{s.hospital}：跨境医疗合作驶入快车道",
    lambda r, s: f"{s.place.city}与{s.partner}深化合作，共建大湾区医疗高地",
    lambda r, s: f"沿着湾区看医改（{s.place.city}）【{_cn(r.randint(1, 12))}】{s.hospital}推动跨境医疗融合",
)


def _story(r: Rng) -> Story:
    place = r.choice(PLACES)
    return Story(place=place, hospital=r.choice(place.hospitals),
                 district=r.choice(place.districts), partner=r.choice(PARTNERS),
                 residents=r.choice(RESIDENTS), clinic=r.choice(CLINICS),
                 published=_FIRST_DAY + timedelta(days=r.randrange(_DAYS)))


def _paragraphs(r: Rng, s: Story, lo: int, hi: int) -> list[str]:
    """Paragraphs of two to four sentences, ``FIGURE_SHARE`` of them carrying figures; no
    sentence kind repeats until every kind has been used."""
    decks: dict[int, list[Sentence]] = {0: [], 1: []}
    out = []
    for _ in range(r.randint(lo, hi)):
        sentences = []
        for _ in range(r.randint(2, 4)):
            kind = int(r.random() < FIGURE_SHARE)
            if not decks[kind]:
                decks[kind] = r.shuffled(KINDS[kind])
            sentences.append(decks[kind].pop()(r, s))
        out.append("".join(sentences))
    return out


def _hex(r: Rng, digits: int) -> str:
    return f"{r.getrandbits(4 * digits):0{digits}x}"


def _front_matter(r: Rng, s: Story) -> str:
    """Format 1: YAML front matter, then an HTML body of <p> paragraphs, images and a byline."""
    platform = r.choice(("趣头条", "ZAKER", "一点资讯", "搜狐新闻", "澎湃号"))
    stamp = s.published.strftime("%Y/%m/%d")
    image = f"https://img.example-cdn.cn/{stamp}/{_hex(r, 32)}.jpeg"
    when = (f"{_WEEKDAYS[s.published.weekday()]}, {s.published.day:02d} "
            f"{_MONTHS[s.published.month - 1]} {s.published.year} "
            f"{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d} GMT")
    parts = []
    spaced = platform == "ZAKER"  # ZAKER pads numbers with spaces: "8 月 30 日", "15-20 间"
    for text in _paragraphs(r, s, 4, 10):
        parts.append(f"<p>{_NUMBER.sub(_PADDED, text) if spaced else text}</p>")
        if r.random() < 0.3:
            picture = (f'<p><img src="{image}?{_hex(r, 8)}" data-size="800,'
                       f'{r.randint(400, 1800)}" referrerpolicy="no-referrer"></p>')
            caption = s.hospital + r.choice(("门诊大厅", "院区外景", "诊室"))
            parts.append(f"{picture}<p>{caption}。</p>")
        if r.random() < 0.15:
            parts.append("<p> <br></p>")
    byline = f"<p>采写：{r.choice(('南都记者', '羊城晚报记者', '南方日报记者'))} {_person(r)} {_person(r)} </p>"
    body = "".join([byline] + parts if r.random() < 0.5 else parts + [byline])
    return (f"\n---\ntitle: '{r.choice(TITLES)(r, s)}'\ncategories: \n - 新媒体\n - {platform}\n"
            f" - {r.choice(('分类', 'source', '健康'))}\nheadimg: '{image}'\nauthor: {platform}\n"
            f"comments: false\ndate: {when}\nthumbnail: '{image}'\n---\n\n"
            f"<div>   \n{body}  \n</div>\n            \n")


def _newspaper(r: Rng, s: Story) -> str:
    """Format 2: newspaper text under a 来源/date/版次/作者 header, paragraphs indented."""
    author = _person(r)
    paper = r.choice(PAPERS)
    header = (f"来源:{r.choice(('羊城区域', paper, '湾区新闻', '健康周刊'))}     "
              f"{s.published.year}年{s.published.month:02d}月{s.published.day:02d}日        "
              f"版次:{r.choice(('A', 'ZA', 'SC', 'B'))}{r.randint(1, 24):02d}    "
              f"栏目:{r.choice(('', '健康', '湾区', '民生'))}    作者:{author}")
    lines = [r.choice(("即时新闻", "要闻", "湾区观察", "健康")), r.choice(TITLES)(r, s),
             r.choice(FIGURES)(r, s).rstrip("。"), header,
             f"     {s.hospital}{r.choice(('新院区效果图', '门诊大厅', '国际医疗部'))}(资料图)", "  ",
             f"  文/图 {paper}记者 {author}", "  "]
    for text in _paragraphs(r, s, 4, 12):
        if r.random() < 0.2:
            lines += ["  ", f"  {r.choice(HEADINGS)}", "  "]
        lines.append(f"  {text}")
    return "\n\n".join(lines).translate(_ASCII_PUNCT)


_PORTALS = (
    ("网易首页 > 网易号 > 正文 申请入驻", "0\n分享至",
     ("特别声明:以上内容(如有图片或视频亦包括在内)为自媒体平台“网易号”用户上传并发布,本平台仅提供信息存储服务。\n\n"
      "Notice: The content above (including the pictures and videos if any) is uploaded and posted "
      "by a user of NetEase Hao, which is a social media platform and only provides information "
      "storage services."),
     "相关推荐\n热点推荐", "无障碍浏览 进入关怀版"),
    ("搜狐首页 > 健康 > 正文", "阅读 ()\n举报",
     "声明:该文观点仅代表作者本人,搜狐号系信息发布平台,搜狐仅提供信息存储空间服务。",
     "返回搜狐,查看更多\n推荐阅读", "平台声明"),
    ("腾讯新闻 > 大湾区 > 正文", "分享\n收藏",
     "免责声明:本文内容由腾讯号作者上传发布,不代表腾讯网的观点和立场。",
     "相关阅读\n24小时热文", "关于腾讯 | 服务协议 | 隐私政策"),
    ("凤凰网首页 > 资讯 > 正文", "0\n评论\n分享",
     ("特别声明:以上作品内容(包括在内的视频、图片或音频)为凤凰网旗下自媒体平台“大风号”用户上传并发布,"
      "本平台仅提供信息存储空间服务。"),
     "大家都在看\n热门推荐", "凤凰网版权所有"),
)
_TEAMS = ("广东宏远", "辽宁本钢", "上海海港", "成都蓉城", "北京国安", "山东泰山")
_FURNITURE: tuple[Sentence, ...] = (
    lambda r, s: f"{r.choice(_TEAMS)}{r.randint(80, 120)}-{r.randint(80, 120)}击败{r.choice(_TEAMS)},"
                 f"不得不承认的{_cn(r.randint(3, 9))}个现实",
    lambda r, s: f"楼市新政出台:首付比例降至{r.randint(15, 30)}%,有人算了算总成本",
    lambda r, s: f"某科技公司第{_cn(r.randint(1, 4))}季度营收增长{r.randint(2, 5)}倍,利润翻{_cn(r.randint(2, 6))}番",
    lambda r, s: f"{r.randint(30, 45)}岁女星近照曝光,网友:状态太好了",
    lambda r, s: f"连续{r.randint(3, 12)}天降雨!{r.choice(PLACES).city}发布暴雨黄色预警",
    lambda r, s: f"加油站作弊获利{r.randint(100, 900)}万仅罚{r.randint(1, 9)}千,典型案例公布",
    lambda r, s: f"A股三大指数集体收涨,成交额突破{r.randint(8000, 12000)}亿元",
)
_SECTIONS = ("健康要闻", "头条要闻", "体育要闻", "娱乐要闻", "财经要闻", "科技要闻", "汽车要闻", "本地新闻")


def _web_page(r: Rng, s: Story) -> str:
    """Format 3: a scraped web page: breadcrumb, share widget, body, then portal furniture."""
    crumbs, share, notice, recommend, footer = r.choice(_PORTALS)
    source = r.choice(("南方都市报", "羊城晚报", "深圳新闻网", "南方+", "珠江时报"))
    stamp = (f"{s.published.isoformat()} {r.randrange(24):02d}:{r.randrange(60):02d}:"
             f"{r.randrange(60):02d}")
    body = _paragraphs(r, s, 5, 12)
    for _ in range(r.randint(0, 2)):
        at = r.randrange(len(body) + 1)
        body.insert(at, f"{r.choice(HEADINGS)},{r.choice(PROSE)(r, s).rstrip('。')}\n")
    lines = [crumbs, r.choice(TITLES)(r, s), share, *body, f"采写:南都记者 {_person(r)}", notice,
             recommend]
    for _ in range(r.randint(6, 20)):
        headline = r.choice(_FURNITURE)(r, s)
        lines.append(f"{headline}\n\n{headline}\n\n{r.choice(('环球网资讯', '懂球帝', '西游日记', '知新了了'))}\n"
                     f"{(s.published + timedelta(days=r.randint(0, 30))).isoformat()} "
                     f"{r.randrange(24):02d}:{r.randrange(60):02d}:{r.randrange(60):02d}")
    lines.append(f"{stamp}\n{source}\n{source}\n换一种方式,{source}在现场。\n"
                 f"{r.randint(10000, 900000)}文章数 {r.randint(100000, 9000000)}关注度\n往期回顾 全部")
    for section in r.shuffled(_SECTIONS)[:r.randint(3, 6)]:
        lines.append(f"{section}\n\n{r.choice(_FURNITURE)(r, s)}")
    lines.append(footer)
    return "\n\n".join(lines).translate(_ASCII_PUNCT)


def _pdf_text(r: Rng, s: Story) -> str:
    """Format 4: PDF-extracted text, lines cut at a fixed width mid-word and mid-number, under
    or over the page's folio (paper, date, page)."""
    width = r.randint(16, 36)
    d = s.published
    folio = (f"{r.choice(PAPERS)}  {d.year}年{d.month}月{d.day}日 星期{'一二三四五六日'[d.weekday()]}"
             f"  {r.choice('ABC')}{r.randint(1, 16):02d}")
    on_top = r.random() < 0.5
    out = ["", folio] if on_top else [""]
    for _ in range(r.randint(1, 3)):
        out += [r.choice(TITLES)(r, s), "", r.choice(HEADINGS)]
        gap = "\n\n" if r.random() < 0.3 else "\n"  # some extractions double-space every line
        for text in _paragraphs(r, s, 3, 8):
            lead = " " if text.startswith("“") else ""
            out.append(gap.join(lead + text[i:i + width] if i == 0 else text[i:i + width]
                                for i in range(0, len(text), width)))
            out.append("")
    out += [f" ▲{s.hospital}医护人员为患者进行检查。", "", r.choice("AB"), " "]
    if not on_top:
        out += [folio, ""]
    return "\n".join(out)


_WRITERS = dict(zip(FORMATS, (_front_matter, _newspaper, _web_page, _pdf_text)))


def article(index: int, seed: int = 0) -> tuple[str, str]:
    """The format name and text of article ``index`` for ``seed``; a pure function of both."""
    if index % DUPLICATE_EVERY == DUPLICATE_EVERY - 1:
        return article(index // 2, seed)
    r = Rng(f"{seed}/{index}")
    fmt = FORMATS[index % len(FORMATS)]
    return fmt, _WRITERS[fmt](r, _story(r))


def generate_corpus(out_dir: str | Path, n: int, seed: int = 0) -> list[Path]:
    """Write ``n`` articles to ``out_dir`` (created if needed); return their paths, sorted."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    width = max(6, len(str(n - 1)))
    paths = []
    for i in range(n):
        data = article(i, seed)[1].encode("utf-8")
        path = out / f"{i:0{width}d}_{hashlib.sha256(data).hexdigest()[:16]}.txt"
        path.write_bytes(data)
        paths.append(path)
    return paths
