// Held-out news corpus no. 17 (part c): only ever SCORED, never tuned to.
// Written by a writer who read only types.ts; every name, quote, outlet and number is invented.
import type { CorpusArticle } from "./types";

export const HOLDOUT17C: CorpusArticle[] = [
  {
    id: "h17c-en-001",
    lang: "en",
    style: "receiving-country-local",
    title: "Another US military flight brings back Punjab, Haryana youths",
    published: "2026-03-14",
    text: `CHANDIGARH: A US Air Force transport aircraft carrying Indian nationals ordered out of the United States touched down at Sri Guru Ram Dass Jee International Airport late on Thursday, the fifth military flight of its kind to reach the state since last winter, officials said.

The plane had taken off from an air base in Texas more than a day earlier and stopped once to refuel, according to an airport official who asked not to be named. It stayed on the tarmac for a little over two hours before leaving again.

Eighty-eight people were on board, among them nine women and four children, the district administration confirmed on Friday after immigration and police checks that ran well past midnight. Thirty-seven are from Haryana, 29 from Punjab and 14 from Gujarat; the remainder belong to Uttar Pradesh, Himachal Pradesh and Delhi.

"Everyone was given a meal and a medical check, and families have been told," said Harjinder Pal Singh Bains, an additional deputy commissioner. "Those from other states will travel onward by road or on domestic flights."

Relatives who had waited outside the terminal since early evening said many of the returnees had paid agents between Rs 35 lakh and Rs 50 lakh to be taken along the so-called donkey route through South and Central America. "My brother sold two acres for this," said Gurmeet Kaur of Kapurthala district. "Now he has come back with a plastic bag."

The arrival follows a January flight that brought back 112 people, and comes a week after Nepal received 64 of its citizens on a chartered plane from the US. Police said two of Thursday's returnees were wanted in a 2022 extortion case in Ludhiana and had been taken into custody.

The state's NRI Affairs department said it would again ask the Centre why the flights keep being routed to Punjab rather than to Delhi.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 88, approx: false },
      departure: ["Texas"],
      arrival: ["Sri Guru Ram Dass Jee International Airport"],
      date: "2026-03-12",
    },
  },
  {
    id: "h17c-en-002",
    lang: "en",
    style: "receiving-country-local",
    title: "Returnees from US describe 'chained' journey as charter lands in Dhaka",
    published: "2025-11-09",
    text: `DHAKA — A chartered aircraft carrying Bangladeshis removed from the United States landed at Hazrat Shahjalal International Airport early Saturday, ending what several passengers described as a journey of almost three days with refuelling stops in Senegal and Qatar.

Nearly 60 men were on board, an immigration police official at the airport said, although the foreign ministry had earlier been told to expect 71. The official did not explain the difference, and US embassy staff in Dhaka declined to comment on numbers.

About two hours before the US charter arrived, a flight from Riyadh brought back 134 Bangladeshi workers deported by Saudi authorities for residency and labour violations, airport sources said. The two groups were processed at separate counters and kept apart in the arrivals hall.

Several of the men returning from the US said their hands had been cuffed for most of the trip. "We asked for asylum, we did not steal from anyone," said one returnee from Noakhali, who gave only his first name, Rubel. "They put chains on us as if we were prisoners of war."

Tanvir Alam Chowdhury, who heads the Probashi Odhikar Forum, a migrants' rights group that met the returnees with water and transport, said most had spent between Tk 25 lakh and Tk 40 lakh to reach the US through Brazil and Mexico. "Families have mortgaged their land. Nobody is asking the brokers to give that money back," he said.

More than 220 Bangladeshis have been sent back from the US since January, officials say, many of them in small escorted groups on commercial flights. A military aircraft carried 43 in August.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["BD"],
      people: { value: 60, approx: true },
      departure: [],
      arrival: ["Hazrat Shahjalal International Airport"],
      date: "2025-11-08",
    },
  },
  {
    id: "h17c-en-003",
    lang: "en",
    style: "receiving-country-local",
    title: "Mehsana families learn sons were flown to Costa Rica, not home",
    published: "2026-05-21",
    text: `AHMEDABAD: For three weeks, Kanubhai Prajapati slept with his phone beside his pillow. When it finally rang on Wednesday, the voice on the line was his 24-year-old son, calling from a shelter in southern Costa Rica.

"He said, 'Papa, they did not send me to India, they sent me somewhere else,'" Prajapati said at his home in Vijapur taluka of Mehsana district. "We had to look up the country on the computer."

At least six young men from Mehsana and Gandhinagar districts are believed to be at the same facility, according to relatives and a sarpanch who has been collecting their details to pass on to the state government.

They were among about 130 migrants put on a US government charter that left Texas on Tuesday and landed at Juan Santamaría International Airport, Costa Rica's public security ministry said in a statement. Besides Indians, the passengers included Afghans, Uzbeks and Chinese nationals, and roughly a quarter of them were children, the ministry said.

Under an arrangement with Washington, Costa Rica holds such deportees for several weeks while international agencies organise their return to their home countries, with the US bearing the cost. Panama has taken in similar groups, and India has separately received more than a dozen direct removal flights since last year, most of them landing in Punjab.

Gujarat's home department said it had written to the Ministry of External Affairs seeking details of the state's residents in the group. An official in Gandhinagar said the families would be "kept informed at every stage".

For Prajapati, the news has brought little relief. "Whether it is India or this other place, the money is gone," he said. "Rs 60 lakh. I only want him back in front of my eyes."`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CR"],
      nationalities: ["IN", "AF", "UZ", "CN"],
      people: { value: 130, approx: true },
      departure: ["Texas"],
      arrival: ["Juan Santamaría International Airport"],
      date: "2026-05-19",
    },
  },
  {
    id: "h17c-en-004",
    lang: "en",
    style: "receiving-country-local",
    title: "US charter with Sri Lankan deportees due this week, immigration department says",
    published: "2026-06-15",
    text: `COLOMBO: A US-chartered aircraft carrying Sri Lankans ordered removed by American immigration courts is expected to land at Bandaranaike International Airport on Wednesday, the Department of Immigration and Emigration said on Monday.

Around 40 people are expected to be on board, department spokesman Chaminda Wickramaratne told reporters, though he cautioned that the US Embassy had not yet shared a final passenger list. "The number can change up to the time the aircraft leaves," he said.

Returnees will be interviewed by immigration officers and the Criminal Investigation Department before being released to their families, officials said. Those who left the country on forged documents may face charges.

Most of those on the list are believed to have travelled to the US over the past three years through Latin America, paying brokers in Colombo and Negombo as much as Rs 15 million each, according to a police officer familiar with the cases.

Sri Lanka received 19 of its nationals on an earlier US flight in February, and a smaller number have returned on commercial flights escorted by US officers. Some Sri Lankans removed from the US last year were first taken to Panama before being flown home.

Separately, Australian authorities last week returned 28 Sri Lankans who had tried to reach that country by boat, flying them from Christmas Island back to Sri Lanka.

Rights activist Nirosha Fernandopulle said the government should provide counselling and job support. "These are mostly young men from fishing families in Chilaw and Negombo. They come back with debt and shame, and many will try to leave again," she said.`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["LK"],
      people: { value: 40, approx: true },
      departure: [],
      arrival: ["Bandaranaike International Airport"],
      date: "2026-06-17",
    },
  },
  {
    id: "h17c-en-005",
    lang: "en",
    style: "wire",
    title: "Baghdad agrees to take back nationals ordered deported from US",
    published: "2025-09-10",
    text: `BAGHDAD — Iraq will resume accepting its citizens who have been ordered deported from the United States, the foreign ministry said on Tuesday, ending a pause of several months that US officials had threatened to answer with visa restrictions on Iraqi officials.

In a statement, the ministry said Baghdad had agreed to issue travel documents to "nationals whose identity and citizenship have been verified through the competent authorities", and that consular staff in Washington would interview detainees held by US Immigration and Customs Enforcement.

Ministry spokesman Karim Hassan al-Obeidi told reporters the decision followed "constructive contacts" with the US embassy. "Iraq does not accept that its citizens be treated as a bargaining card, but it also respects the laws of other states," he said.

The statement did not say how many people could be returned or when the first removals would take place. Advocacy groups in Michigan, home to a large Chaldean community, estimate that more than 1,300 Iraqis in the US have final removal orders, many of them dating back a decade or more.

A 2017 understanding between the two governments led to a series of charter flights to Baghdad before cooperation slowed. In recent years most Iraqis removed from the US have travelled on commercial flights through Istanbul or Amman.

Detroit immigration lawyer Rania Haddad said clients who came to the US as children were frightened. "Some of them have never seen Iraq. They speak Aramaic and English, not Arabic," she said.

Germany, meanwhile, flew 43 Iraqi men from Leipzig to Baghdad last week on its latest deportation charter, Iraqi airport officials said.`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["IQ"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-09-09",
    },
  },
  {
    id: "h17c-en-006",
    lang: "en",
    style: "receiving-country-local",
    title: "Group of Egyptians deported from US arrive in Cairo",
    published: "2026-08-06",
    text: `CAIRO: A group of Egyptian nationals deported from the United States arrived at Cairo International Airport yesterday aboard a chartered aircraft that had departed from Alexandria, Louisiana, airport sources said.

The sources did not give a figure for the number of passengers. They were received by officers of the Interior Ministry's passports and immigration department, and most were allowed to leave after their papers were checked, while a few were held over outstanding court cases, the sources added.

The Louisiana town is home to a staging facility that US Immigration and Customs Enforcement uses to gather detainees before international removal flights. Several of yesterday's returnees had been held in detention centres in Texas and Arizona for more than a year.

"Most of them flew to Central America and crossed into the US from Mexico, believing they would get asylum," said Mona Abdel-Rahman, a Cairo lawyer who advises migrants' families. "They come back with nothing, and some of them with debts of half a million pounds."

The arrival is the second such flight this year. In March, 41 Egyptians were returned on a similar charter, and last month Jordan received a US removal flight carrying 27 of its citizens, officials in Amman said.

Egypt's foreign ministry has said it cooperates with Washington on the return of citizens "within the framework of verifying their nationality", and the US embassy has praised what it calls a productive partnership on migration.`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["EG"],
      people: null,
      departure: ["Alexandria, Louisiana"],
      arrival: ["Cairo International Airport"],
      date: "2026-08-05",
    },
  },
  {
    id: "h17c-en-007",
    lang: "en",
    style: "near-miss",
    title: "Malaysia flies 152 Bangladeshi overstayers home on chartered jet",
    published: "2025-12-03",
    text: `KUALA LUMPUR: The Immigration Department deported 152 Bangladeshi men on a chartered aircraft from Kuala Lumpur International Airport on Tuesday, the largest single removal flight it has organised this year.

The men had been held at the Semenyih and Lenggeng immigration depots after being detained in raids on construction sites and plantations in Selangor and Negeri Sembilan, the department said in a statement. Most had overstayed work permits or entered on social visit passes.

The flight landed in Dhaka late on Tuesday evening, according to the statement. The cost was shared between the government and the men's former employers, who were ordered to pay under the Immigration Act.

"We will continue to deport foreigners who break our laws, but we prefer to do it in an orderly and dignified way," a department spokesperson said.

Malaysia deported more than 38,000 foreigners between January and October, mostly Indonesians, Bangladeshis and Myanmar nationals, usually on commercial flights or by ferry.

The Bangladesh High Commission in Kuala Lumpur said it had issued travel permits to all 152 men. Selvi Arumugam, an advocate for migrant workers, said many had been cheated by recruitment agents who charged them up to RM20,000. "Some of them never received the jobs they paid for," she said.

The operation comes as Bangladesh has also been receiving deportees from much farther away. Earlier this year, US military and charter aircraft brought back several groups of Bangladeshis who had failed to win asylum in the United States, some of them in handcuffs, a practice Malaysian officials said they did not follow.`,
    expect: { relevant: false },
  },
  {
    id: "h17c-en-008",
    lang: "en",
    style: "near-miss",
    title: "A year after the shackles, Kaithal's deported sons try to start again",
    published: "2026-01-22",
    text: `KAITHAL, Haryana: The dairy shed behind Sandeep Dhull's house is freshly whitewashed, and the two buffaloes in it are the first things he has owned outright since he came home.

Dhull, 27, was one of more than 100 Indians on the US military aircraft that landed at Amritsar in February last year, the first of the removal flights that followed President Donald Trump's return to the White House. He had spent Rs 42 lakh and seven months getting to the US border through Ecuador, Panama and Mexico. He was detained within hours of crossing.

"People in the village looked at me as if I had come back from jail," he said. "For two months I did not go out."

Across Kaithal, Karnal and Kurukshetra districts, dozens of families are living with the debts left by journeys that ended in deportation. Anita Malik, a researcher at Kurukshetra University, surveyed 118 returnees last autumn and found that fewer than a third had regular work, while nearly half said they were thinking of trying to migrate again, this time legally to Europe or Australia.

The Haryana government has promised skill training for returnees, but few of those interviewed had heard of the scheme. Travel agents, meanwhile, continue to advertise on social media. Police say they have registered more than 60 cases against agents since last February, with only a handful of arrests.

Dhull's father, Ramesh, has no interest in another attempt. "We sold land for America. Now the land is gone and the boy is here. At least he is here," he said.

Dhull says he wants to build up to ten buffaloes and supply milk to a local cooperative. "America was a dream," he said. "The buffaloes are real."`,
    expect: { relevant: false },
  },
  {
    id: "h17c-en-009",
    lang: "en",
    style: "near-miss",
    title: "Lahore student deported from US after visa revoked, family says",
    published: "2025-07-17",
    text: `LAHORE: A 23-year-old Pakistani graduate student whose US visa was revoked in May has been deported and arrived home on a commercial flight, his family said on Wednesday.

Hamza Iftikhar, who was studying for a master's degree in data science at a university in Ohio, landed at Allama Iqbal International Airport early on Tuesday after flying via Doha, escorted by two US immigration officers as far as the transit stop, his brother Usman told reporters.

Iftikhar was detained by US Immigration and Customs Enforcement in June after his student status was terminated, the family said. They said they had never been given a clear reason. "He was not part of any protest, there was no case against him. He simply got an email one day," Usman Iftikhar said.

The Foreign Office said at its weekly briefing that the embassy in Washington had been in touch with the student and had provided consular help. It said it did not comment on individual immigration cases.

The Federal Investigation Agency said it had questioned Iftikhar briefly on arrival and allowed him to go home. The agency said 64 Pakistanis had been removed from the US since January, most of them travelling alone or in pairs on scheduled airlines.

Pakistani student associations in the US say dozens of their members have had visas cancelled this year. Saima Rauf, an education consultant in Lahore, said inquiries about American universities had fallen sharply. "Parents are asking about Germany, Turkey, Malaysia. The US has become a risk," she said.`,
    expect: { relevant: false },
  },
  {
    id: "h17c-en-010",
    lang: "en",
    style: "near-miss",
    title: "Over 3,000 Indians deported from US in 2025, government tells Rajya Sabha",
    published: "2026-02-11",
    text: `NEW DELHI: The United States deported 3,146 Indian nationals in 2025, the highest figure for any year on record, the Ministry of External Affairs told the Rajya Sabha on Tuesday.

In a written reply to a question from a member from Punjab, the Minister of State for External Affairs said the figure was nearly double that of 2024, when 1,652 Indians were sent back.

Punjab, Haryana and Gujarat accounted for nearly two-thirds of those deported, the reply said, followed by Telangana, Andhra Pradesh and Uttar Pradesh.

The ministry said it had verified the nationality of every returnee before travel documents were issued, and that the government "continues to engage with the US side to ensure that deportees are treated with dignity". It said restraints used during removal were governed by US rules.

The reply did not break down how the deportees had travelled. Officials have previously said that most people removed from the US come back on scheduled commercial flights in small groups, with charter and military aircraft used for larger batches.

Opposition members said the figures showed the scale of irregular migration driven by unemployment. "Three thousand families in debt, and the government is proud that it verified their papers quickly," said a Congress MP from Jalandhar.

The ministry also told the House that 1,870 Indians had been deported from Saudi Arabia and 940 from the United Kingdom over the same period. Police in Punjab have registered more than 300 cases against unlicensed travel agents since last February.`,
    expect: { relevant: false },
  },
  {
    id: "h17c-zh-001",
    lang: "zh",
    style: "chinese-outlet",
    title: "美国再派包机遣返中国籍非法移民 未公布人数",
    published: "2025-04-24",
    text: `【本报综合报道】美国国土安全部23日在官方网站发布消息称，下属的移民与海关执法局（ICE）于当地时间本月22日执行了一次大型包机遣返任务，将一批在美国没有合法居留依据的中国籍人员遣返回国。

这份简短的声明既没有透露机上人数，也没有说明航班从哪里起飞、在中国哪个城市降落。声明称，这次行动体现了美方与中国相关部门在减少和阻止非法移民、打击人口走私网络方面的"持续合作"。

美国驻华使馆随后在其社交媒体账号上转发了这一消息，并再次喊话有意"走线"赴美的人：不要相信蛇头的说辞，没有合法依据留在美国的人终将被遣返。

据美方此前披露的信息，今年1月下旬曾有一班包机载运一百余名中国籍人员回国；2024年下半年，美方先后派出过四班类似航班。与飞往中美洲的遣返航班相比，跨太平洋航线航程长、成本高，因此班次相对有限。

美国海关与边境保护局的统计显示，2024财年在美墨边境被拦截的中国公民超过三万人次。一名在纽约法拉盛执业的移民律师对本报表示，近几个月已有多名当事人在移民法庭败诉后被拘留，"家属往往是在人上了飞机之后才收到通知"。

另据墨西哥国家移民局消息，该局本月也通过商业航班将数十名中国公民从墨西哥城遣返。中国外交部此前多次表示，中方坚决反对任何形式的非法移民，愿同各国开展遣返合作，接收经核实确属中国公民的人员。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["CN"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-04-22",
    },
  },
  {
    id: "h17c-zh-002",
    lang: "zh",
    style: "chinese-outlet",
    title: "又一架美国军机载遣返人员降落旁遮普",
    published: "2026-09-17",
    text: `【本报讯】据印度当地官员证实，一架美国空军C-17运输机当地时间16日（周三）晚间降落在印度旁遮普邦阿姆利则机场，机上载有被美国遣返的印度籍人员。

这架飞机前一天从美国得克萨斯州起飞，途中在德国拉姆施泰因空军基地短暂停留加油，全程飞行超过二十小时。

阿姆利则县行政部门17日凌晨公布的核对结果显示，此次被遣返者共一百三十一名，其中成年男性一百零二名、成年女性二十一名、未成年人八名。按籍贯划分，哈里亚纳邦人数最多，其次为旁遮普邦和古吉拉特邦，另有少数来自北方邦和喜马偕尔邦。

旁遮普邦政府在机场设立了接待柜台，为返国人员提供饮食和交通。一名负责接待工作的官员说："大部分人情绪低落，有的人一路都戴着手铐，下飞机后才被解开。"警方表示，其中三人涉及当地刑事案件，已被带走调查。

据统计，今年以来已有逾千名印度人被美国遣返，上月另有一班包机将约九十人送抵新德里。印度反对党议员再次质疑，为何军机遣返航班总是安排在旁遮普降落。

印度外交部发言人此前表示，印方将接收所有经核实身份的本国公民，同时已要求美方在遣返过程中给予人道对待。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["IN"],
      people: { value: 131, approx: false },
      departure: ["得克萨斯州"],
      arrival: ["阿姆利则机场"],
      date: "2026-09-16",
    },
  },
  {
    id: "h17c-zh-003",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美移民局專機再送越南籍人士返國 逾百人下機",
    published: "2025-10-30",
    text: `【本報綜合報導】越南公安部出入境管理局證實，一架由美國移民及海關執法局（ICE）包租的客機於本月28日清晨降落內排國際機場，機上載有逾百名遭美國遣返的越南公民。

越南官方媒體引述出入境管理局官員說法指出，這架飛機從美國路易斯安那州起飛，途中在阿拉斯加安克拉治加油。返國人員抵達後接受身分核對與健康檢查，隨後由各省市公安人員分批接回原籍地。

越南外交部發言人在例行記者會上回應相關提問時表示，越方一向依照兩國間的遣返協議，接收經核實身分、不符合美國居留條件的越南公民，並要求美方「保障其合法權益」。

在加州橙縣協助越裔家庭的社工阮氏秋芳對本報說，這批人中有不少是在美國生活了二、三十年的移民，部分人甚至從小隨父母以難民身分赴美。「對他們來說，越南幾乎是一個陌生的國家，語言、工作、住處都要從零開始。」

據移民權益團體統計，今年以來遭美國遣返的越南人已超過八百人，為近十年來最高。今年7月，美方還曾將一名越南籍男子連同其他國籍人士送往非洲的南蘇丹，引發外界批評。

另據越南媒體報導，日本與韓國本月也分別以包機遣返數十名逾期居留的越南勞工。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["VN"],
      people: { value: 100, approx: true },
      departure: ["路易斯安那州"],
      arrival: ["內排國際機場"],
      date: "2025-10-28",
    },
  },
  {
    id: "h17c-zh-004",
    lang: "zh",
    style: "receiving-country-local",
    title: "美国遣返26名柬裔 移民总局：已交家属接回",
    published: "2026-04-08",
    text: `（金边讯）26名在美国服刑期满、被美国移民当局下令遣返的柬埔寨裔人士，昨日（7日）上午搭乘美方包机抵达金边。

移民总局发言人昆索披在接受本报记者电话采访时表示，这批人中有2名女性，大多数人在上世纪八十年代随父母以难民身份移居美国，此后因盗窃、斗殴、贩毒等案件被判刑。"他们在机场完成登记后，已由家属或民间机构接走。"

记者昨日上午在机场看到，下机人员被移民官员迅速带上两辆面包车离开，未与等候的媒体接触。有家属在出口处举着写有名字的纸板，一名老妇人看到儿子后当场落泪。

一家为返国人员提供过渡住所和职业培训的本地民间机构负责人表示，许多人不会说高棉语，在柬埔寨也没有近亲，"最初几个月是最难熬的"。

柬埔寨与美国于2002年签署遣返谅解备忘录。据民间机构统计，此后已有超过一千名柬裔被美国遣返，去年一年就有近一百五十人。

另据移民总局消息，同日还有约三百名在泰国非法务工的柬埔寨劳工经波贝国际口岸被泰方遣返回国。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["KH"],
      people: { value: 26, approx: false },
      departure: [],
      arrival: ["金边"],
      date: "2026-04-07",
    },
  },
  {
    id: "h17c-zh-005",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "美將七名亞洲及中東籍男子送往史瓦帝尼 人權團體批評",
    published: "2026-07-28",
    text: `【環球華聞網綜合外電】美國國土安全部證實，一架載有七名外籍男子的遣返班機於週六（25日）降落在非洲南部內陸國家史瓦帝尼的姆斯瓦蒂三世國王國際機場。這是美方今年第二度把第三國被遣返者送往該國。

國土安全部一名發言人在社群平台上說，這七人分別來自越南、寮國、柬埔寨和葉門，都曾在美國犯下重罪並服刑，「他們的原籍國一直不願意把他們接回去，如今他們已經離開美國的土地」。

史瓦帝尼政府發言人表示，七人抵達後被安置在一處有戒護的設施中，當局將與國際組織合作，安排他們日後轉往原籍國。他強調，該國是依照與美方的協議接收這些人，「不會成為永久安置地」。

其中一名越南籍男子的律師對本網表示，他的當事人在登機前只有不到一天的時間得知目的地，「他從未去過非洲，也不認識那裡任何人」。

美國自去年起大幅擴大所謂「第三國遣返」，曾分批把被遣返者送往南蘇丹、盧安達和烏干達等國。南部非洲的人權團體批評，史瓦帝尼當局並未公開協議內容，也不讓律師探視被拘留者。

另外，美方上月曾以包機將約八十名越南人直接遣返河內，越南方面表示已全部接收。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["SZ"],
      nationalities: ["VN", "LA", "KH", "YE"],
      people: { value: 7, approx: false },
      departure: [],
      arrival: ["姆斯瓦蒂三世國王國際機場"],
      date: "2026-07-25",
    },
  },
  {
    id: "h17c-zh-006",
    lang: "zh",
    style: "chinese-outlet",
    title: "巴拿马再接收美国遣返的亚洲籍移民 部分人拒绝回国",
    published: "2026-10-13",
    text: `【本报讯】巴拿马公共安全部12日表示，美国政府上周四以包机将约二百名来自中国、阿富汗、伊朗和乌兹别克斯坦等国的移民送抵巴拿马，这批人目前被安置在首都附近的一处临时收容设施。

据巴方介绍，这架包机从美国亚利桑那州起飞，在托库门国际机场降落。机上人员中约有三成是妇女和儿童。巴拿马公共安全部长在记者会上说，根据两国协议，巴方只是"过境桥梁"，所有相关费用由美方承担，国际移民组织将协助愿意回国的人返回原籍国。

不过，部分移民表示不愿回到本国。一名来自福建的陈姓男子通过律师对外表示，他在国内欠下巨额债务，"回去就是死路一条"。几名伊朗籍基督徒也称，他们若被送回伊朗将面临迫害。

巴拿马方面称，已有超过一半的人签署了自愿返回的文件，其余人员的去向仍在与美方及国际机构协商。

这是巴拿马今年接收的第三批此类人员。去年初，巴方曾在一周之内接收三班美国包机，共近三百人；哥斯达黎加今年夏天也接收过类似航班。人权组织批评，这种做法让难以直接遣返的移民陷入法律真空。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["PA"],
      nationalities: ["CN", "AF", "IR", "UZ"],
      people: { value: 200, approx: true },
      departure: ["亚利桑那州"],
      arrival: ["托库门国际机场"],
      date: "2026-10-08",
    },
  },
  {
    id: "h17c-zh-007",
    lang: "zh",
    style: "chinese-outlet",
    title: "尼泊尔再迎美国遣返包机 下月还有一班",
    published: "2025-08-27",
    text: `【加德满都消息】尼泊尔移民局发言人说，一架从美国新罕布什尔州朴次茅斯起飞的包机本周二上午降落在特里布文国际机场，机上约有40名被美国遣返的尼泊尔公民。

发言人普拉卡什·阿迪卡里表示，美方事先通知的名单上共有46人，但有几人在起飞前被留下，"确切人数要等所有手续办完才能公布"。他说，这批人中多数是经南美洲和墨西哥"走线"进入美国的年轻男性，也有几名签证过期者。

返国人员在机场办理入境手续后，被移交给尼泊尔警方反人口贩运局接受问询，以查明他们是否为人口贩运的受害者。警方表示，问询结束后将让他们与家人团聚。

阿迪卡里还透露，美国驻尼泊尔使馆已告知移民局，预计下月中旬将有另一架包机送返约60名尼泊尔人。

据移民局统计，今年1月至7月，已有逾150名尼泊尔人被美国遣返，其中大多数是搭乘商业航班分批返回。与此同时，马来西亚、阿联酋等地也不断有尼泊尔务工人员因证件问题被遣返。

一名长期关注非法移民问题的社工说，很多家庭为了把孩子送到美国，向中介支付了六七百万卢比，"人回来了，债还在，这才是最大的问题"。`,
    expect: {
      relevant: true,
      kind: "flight",
      destinations: ["NP"],
      people: { value: 40, approx: true },
      departure: ["新罕布什尔州朴次茅斯"],
      arrival: ["特里布文国际机场"],
      date: "2025-08-26",
    },
  },
  {
    id: "h17c-zh-008",
    lang: "zh",
    style: "chinese-outlet",
    title: "孟加拉国外交部：美方包机本月中旬遣返约50人",
    published: "2026-11-05",
    text: `【本报达卡电】孟加拉国外交部一名官员4日表示，美国方面已正式通知孟方，将安排一架包机遣返约50名庇护申请被驳回的孟加拉国公民，航班定于本月12日降落哈兹拉特·沙阿贾拉勒国际机场。

这名官员说，美方提供的名单仍在核实中，"个别人可能因身份未确认或仍有未决诉讼而不在这班飞机上"。名单上多数人来自诺阿卡利、锡尔赫特和库米拉等地区，不少人先以劳务身份前往巴西，再经墨西哥进入美国。

据孟加拉国官方统计，今年以来美国已分七批将逾二百名孟加拉国人遣返，其中8月的一班军机载有44人，其余多数人搭乘商业航班返回。返国人员曾多次投诉在飞行途中被全程戴上手铐脚镣。

一家移民权益机构的负责人拉菲克·伊斯兰说，每名出境者平均花费三百万至四百万塔卡，"很多家庭卖掉了土地，现在人回来了，钱却要不回来"。他呼吁政府追究违规中介的责任。

机场方面表示，将与移民警察和民间机构合作，在航班抵达时提供交通和紧急援助。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["BD"],
      people: { value: 50, approx: true },
      departure: [],
      arrival: ["哈兹拉特·沙阿贾拉勒国际机场"],
      date: "2026-11-12",
    },
  },
  {
    id: "h17c-zh-009",
    lang: "zh",
    style: "chinese-outlet",
    title: "中方同意恢复接收美方遣返包机",
    published: "2025-03-20",
    text: `【本报综合报道】中国外交部发言人19日在例行记者会上表示，经中美两国执法部门磋商，中方同意恢复接收美方以包机方式遣返的、经核实身份的中国公民。

这名发言人说，中方一贯坚决反对和打击任何形式的非法移民和偷渡活动，"对于经核实确属中国公民、且在对方国家没有合法居留依据的人员，中方愿意按照国际惯例予以接收"。她同时表示，希望美方在遣返过程中"充分保障有关人员的合法权益，避免采取过度的强制措施"。

据了解，美方去年下半年曾先后派出数班大型遣返包机飞往中国，但今年年初以来，相关航班一度暂停。美国国土安全部官员此前曾公开批评中方在签发旅行证件方面进展缓慢。

发言人没有透露恢复后的首班包机将在何时起飞，也没有说明预计遣返的人数。

分析人士认为，中方此次表态与两国近期在禁毒和执法领域恢复对话有关。美国海关与边境保护局数据显示，过去三个财年在美墨边境被拦截的中国公民累计超过十万人次，其中相当一部分人已收到最终遣返令。

此外，加拿大边境服务局本月初也以商业航班遣返了十余名中国公民。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["CN"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-03-19",
    },
  },
  {
    id: "h17c-zh-010",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "越南同意逐案接收1995年前赴美越南人",
    published: "2025-05-15",
    text: `【本報綜合報導】越南外交部14日表示，越方同意以「逐案審查」方式，接收1995年7月12日之前抵達美國、後來被美國法院下令遣返的越南公民，但強調每一案件都須經越方核實身分並「考量人道因素」。

外交部發言人在記者會上說，這項安排是越美兩國就移民問題多輪磋商的結果，「雙方同意在遵守兩國法律和國際慣例的基礎上，妥善處理遣返問題」。

根據兩國2008年簽訂的遣返協議，1995年美越建交以前抵美的越南人原則上不在遣返範圍內。2020年雙方曾簽署補充備忘錄，但實際執行的人數有限。

美國移民權益團體估計，全美約有八千多名越南裔持有最終遣返令，其中多數是越戰結束後以難民身分入境、日後因刑事案件失去綠卡的人。加州一名越裔社區組織負責人陳文德說：「很多人來美國時還是嬰兒，他們的孩子都是美國公民，這個消息讓整個社區非常恐慌。」

越方沒有公布第一批人員何時遣返，也沒有說明預計人數。美國國土安全部發言人則表示，歡迎越南「在執行遣返方面採取進一步合作」。`,
    expect: {
      relevant: true,
      kind: "policy",
      destinations: ["VN"],
      people: null,
      departure: [],
      arrival: [],
      date: "2025-05-14",
    },
  },
  {
    id: "h17c-zh-011",
    lang: "zh",
    style: "traditional-chinese-outlet",
    title: "寮國官員：美方月底派機遣返約30名寮國籍人士",
    published: "2025-12-10",
    text: `【本報訊】寮國外交部一名官員證實，美國方面已通知寮方，將於本月底派出包機，把約30名在美國被下令遣返的寮國籍人士送回寮國，班機預定降落在首都的瓦岱國際機場。

這名不願具名的官員說，寮方已為名單上大部分人核發旅行證件，但仍有少數人的國籍「需要進一步確認」，「有些人從小離開寮國，在國內已經沒有戶籍紀錄」。

寮國與美國之間並沒有正式的遣返協議。過去寮方長期只接收極少數被遣返者，美國曾因此對寮國官員實施簽證限制。今年以來，寮國駐美使館開始較積極地為被拘留者簽發證件，已有數十人搭乘商業航班分批返國。

明尼蘇達州一名協助苗族家庭的社工王美蓮表示，名單上不少人是上世紀70、80年代以難民身分赴美的苗族及寮族後裔，「他們不會說寮語，回去以後連住處都沒有」。

另據泰國媒體報導，泰國移民局本週也遣返了上百名在曼谷非法務工的寮國人，他們經友誼大橋從陸路返國。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["LA"],
      people: { value: 30, approx: true },
      departure: [],
      arrival: ["瓦岱國際機場"],
      date: "2025-12",
    },
  },
  {
    id: "h17c-zh-012",
    lang: "zh",
    style: "chinese-outlet",
    title: "美拟下月初将首批亚洲籍被遣返者送往乌干达",
    published: "2026-03-25",
    text: `【本报综合报道】乌干达外交部一名高级官员24日对媒体证实，美国计划在下月初以包机将首批"第三国"被遣返者送抵恩德培国际机场。据知情人士透露，首批人员包括印度、斯里兰卡和中国籍人士，他们都已在美国收到最终遣返令，但原籍国迟迟未能签发旅行证件。

这名官员说，乌方是根据去年与美方达成的一项"临时安排"接收这些人，前提是他们没有刑事犯罪记录，且不是无人陪伴的未成年人。他拒绝透露首批人数，只说"数量不会很大"。

乌干达政府此前表示，接收的人员可在当地申请庇护，或在国际组织协助下前往其他国家。当地反对派议员则批评政府"把国家变成美国的中转站"，要求公开协议全文。

美国自去年起已将被遣返者送往南苏丹、卢旺达、埃斯瓦蒂尼和加纳等多个非洲国家。美国国土安全部未回应本报就乌干达航班的置评请求。

代表其中一名印度籍男子的律师说，她的当事人是在一周前才被告知可能被送往乌干达的，"他连乌干达在地图上的哪里都不知道"。`,
    expect: {
      relevant: true,
      kind: "planned_flight",
      destinations: ["UG"],
      nationalities: ["IN", "LK", "CN"],
      people: null,
      departure: [],
      arrival: ["恩德培国际机场"],
      date: "2026-04",
    },
  },
  {
    id: "h17c-zh-013",
    lang: "zh",
    style: "near-miss",
    title: "泰国包机遣返112名涉电诈中国籍人员 抵达南宁",
    published: "2025-05-29",
    text: `【本报讯】泰国移民警察局28日以包机将112名涉嫌参与电信网络诈骗的中国籍人员遣返回国，航班当天下午从曼谷廊曼机场起飞，傍晚降落在广西南宁吴圩国际机场。

这批人员此前在泰缅边境的湄索一带被泰方查获，部分人是从缅甸妙瓦底园区逃出或被解救后进入泰国。泰国移民警察局一名副局长在机场对记者说，所有人都已经过身份核查，中方已派出工作组赴泰协助。

中国公安部门表示，这批人员抵达后将依法接受调查，凡涉嫌犯罪的将依法追究刑事责任。

今年以来，中泰缅三方已多次合作，从缅甸边境地区接回数千名中国籍人员。泰方官员说，泰国不会成为电诈团伙的"避风港"。

与此同时，美国今年也数次派出包机向中国遣返非法移民，但美方的航班多数不公布人数和降落地点。有评论认为，各国遣返的对象和法律依据截然不同，不宜混为一谈。`,
    expect: { relevant: false },
  },
  {
    id: "h17c-zh-014",
    lang: "zh",
    style: "near-miss",
    title: "日本包機遣返44名越南籍逾期居留者",
    published: "2026-06-24",
    text: `【本報東京電】日本出入國在留管理廳23日表示，該廳日前以包機將44名逾期居留或違反居留規定的越南籍人士遣返越南，班機從成田機場起飛，降落在河內內排國際機場。

入管廳說明，這批人中多數是以「技能實習」身分赴日的年輕勞工，因離開原本的實習單位後逾期居留而遭收容。其中數人曾在收容期間申請難民認定但未獲批准。

日本自2023年修正《出入國管理及難民認定法》後，限制重複申請難民認定者暫緩遣返的次數，包機遣返的頻率隨之增加。入管廳統計，2025年度共執行七次包機遣返，對象包括越南、斯里蘭卡、菲律賓等國公民。

一名長期代理外籍人士案件的日本律師批評，部分被遣返者在日本已有家庭，「當局應該考慮個別情況，而不是一刀切」。

越南駐日大使館表示，已為所有人核發旅行證件，並協助他們返鄉。另外，越南方面近來也持續接收美國移民及海關執法局的遣返班機，今年已有數百名越南人從美國被遣返。`,
    expect: { relevant: false },
  },
  {
    id: "h17c-zh-015",
    lang: "zh",
    style: "near-miss",
    title: '美联邦法官裁定：遣送"第三国"前须给予充分申辩机会',
    published: "2025-11-20",
    text: `【本报综合报道】美国马萨诸塞州一名联邦地区法官19日裁定，移民与海关执法局（ICE）在将被遣返者送往其原籍国以外的"第三国"之前，必须以书面形式提前通知当事人，并给予其至少十天时间提出受迫害风险的申诉。

这项裁决源自一宗集体诉讼，原告包括多名来自越南、老挝和危地马拉的移民。他们的律师称，部分当事人在不到24小时前才得知自己将被送往非洲，几乎没有机会联系律师。

法官在判决书中写道，政府"有权执行合法的遣返令，但不能以牺牲基本程序正义为代价"。

美国司法部表示将提出上诉。国土安全部发言人则批评该裁决"让危险的罪犯继续留在美国社区"，并称政府此前的遣送行动"完全合法"。

今年以来，美方曾多次把被遣返者送往南苏丹、埃斯瓦蒂尼、卢旺达等国，其中包括越南、老挝和缅甸籍人士。法律界人士指出，若上诉法院维持这一裁决，未来的第三国遣送航班可能会明显减少。

一名代表越南籍原告的律师对本报说："我们并不是要阻止所有遣返，只是要求政府给每个人说话的机会。"`,
    expect: { relevant: false },
  },
  {
    id: "h17c-zh-016",
    lang: "zh",
    style: "near-miss",
    title: "受困柬埔寨詐騙園區 37名國人搭包機返台",
    published: "2025-08-14",
    text: `【本報訊】外交部13日表示，在駐胡志明市辦事處與柬埔寨警方協助下，37名先前受困柬埔寨西港詐騙園區的國人，已於當天清晨搭乘包機返抵桃園國際機場。

外交部說，這批國人多數是受「高薪海外工作」廣告誘騙出境，抵達柬埔寨後被限制人身自由，被迫從事詐騙工作。經家屬報案後，我方透過管道聯繫柬方，將他們救出並安排返國，包機費用由政府先行墊付。

刑事警察局表示，返國人員抵台後將逐一接受詢問，釐清是否涉及犯罪；確認為被害人者將交由家屬接回。

外交部提醒民眾，切勿輕信網路上「免經驗、月入十萬」的境外工作廣告。據統計，今年以來外交部已協助超過兩百名國人從柬埔寨、緬甸返台。

另一方面，美國近月來頻繁以包機遣返非法移民，部分航班也飛往亞洲國家。外交部表示，目前並未接獲美方通知有遣返國人的計畫。`,
    expect: { relevant: false },
  },
  {
    id: "h17c-zh-017",
    lang: "zh",
    style: "near-miss",
    title: "评论：遣返航班背后，是被掏空的家庭",
    published: "2026-09-03",
    text: `【观点】作者：林思远

今年以来，从美国起飞的遣返航班一次次降落在南亚和东南亚的机场。新闻里的数字越来越大，一百人、两百人，全年数千人。可是数字背后，是一个个被掏空的家庭。

在印度旁遮普和哈里亚纳的村庄，在尼泊尔的山区，在孟加拉国的诺阿卡利，许多家庭为了把儿子送往美国，卖掉土地、借下高利贷。中介许诺的是"三个月到美国、一年还清债"，现实却是在雨林里跋涉、在拘留中心等待，最后戴着手铐被送回家。

遣返本身无可厚非。任何国家都有权执行自己的移民法，被遣返者的原籍国也有义务接收本国公民。问题在于，当遣返变成一场展示强硬的"表演"——军机、镣铐、官方照片——它所传达的，已经不只是法律，而是羞辱。

更值得追问的是源头。那些组织"走线"的中介网络，往往在当地公开招揽生意，却鲜有人被追究。印度、尼泊尔、孟加拉国的政府都曾表态要严打，但真正落地的案件寥寥无几。

与其在每一班航班落地时表达"关切"，不如把力气花在源头治理上：打击非法中介，建立合法的劳务输出通道，让年轻人在家乡也能看到出路。否则，航班还会继续飞，家庭还会继续破碎。`,
    expect: { relevant: false },
  },
  {
    id: "h17c-zh-018",
    lang: "zh",
    style: "near-miss",
    title: "美擴大入境限制 寮國、緬甸公民赴美簽證受影響",
    published: "2025-06-12",
    text: `【本報華盛頓電】美國國務院11日發布指引，說明總統日前簽署的入境限制公告如何執行。根據公告，緬甸等國公民原則上全面禁止入境美國，寮國等國公民則受到部分限制，暫停核發多數移民簽證以及B類觀光商務、F類學生和J類交流簽證。

白宮在說明中表示，這些國家的共同問題包括簽證逾期居留率偏高、身分核查資訊不足等。國務院資料顯示，寮國公民持B類簽證的逾期居留率超過兩成。

國務院官員強調，已持有有效簽證者不受影響，綠卡持有人及部分特殊移民簽證類別也可獲豁免。但多名移民律師表示，已有寮國籍學生的簽證面談被取消。

在加州沙加緬度經營旅行社的寮裔業者宋坎表示，許多原本計畫暑假返鄉探親的家庭不敢出國，擔心回不了美國。「這不是遣返，卻讓人更害怕。」

緬甸流亡團體則批評，禁令讓正在逃離軍政府迫害的人又少了一條出路。`,
    expect: { relevant: false },
  },
  {
    id: "h17c-zh-019",
    lang: "zh",
    style: "near-miss",
    title: "湄江航空将开通河内直飞洛杉矶航线",
    published: "2026-05-07",
    text: `【本报讯】越南新成立的湄江航空6日宣布，将于今年7月起开通河内内排国际机场至美国洛杉矶的直飞航线，每周三班，这将是越南第二条直飞美国西海岸的定期航线。

该公司负责人在发布会上说，航线主要面向在美越侨探亲、留学生和商务旅客，预计全年可运送乘客逾十万人次。公司已获得美国交通部的初步许可，正等待美国联邦航空管理局完成安全审查。

洛杉矶及周边的橙县是全美越裔人口最集中的地区之一。当地一家越侨旅行社老板说，过去乘客往往需要在台北、首尔或东京转机，单程耗时近20个小时，"直飞可以省下一大半时间"。

业内人士指出，此前在内排机场起降的美国航班，多是美国移民当局包租的遣返专机，"现在终于有了一条普通人可以买票的航线"。据越方统计，去年从美国被遣返的越南公民超过一千人。

湄江航空计划明年再开通胡志明市至旧金山的航线。`,
    expect: { relevant: false },
  },
  {
    id: "h17c-zh-020",
    lang: "zh",
    style: "near-miss",
    title: "印度拟出台新法严打非法移民中介 最高可判十年",
    published: "2026-03-05",
    text: `【本报新德里电】印度外交部4日公布《海外流动（便利与福利）法案》草案并公开征求意见，拟以新法取代沿用四十多年的《移民法》，对组织非法出境的中介最高可判处十年监禁并处高额罚款。

草案规定，所有海外招聘机构必须在政府平台登记，向出境务工人员收取的费用设有上限；对于以虚假承诺诱骗他人经第三国偷渡的行为，将作为刑事犯罪处理。

外交部官员表示，修法的直接背景是近年大批印度人经"驴行路线"偷渡美国、欧洲后被遣返。去年以来，美国已通过军机、包机和商业航班遣返三千多名印度公民，其中多数来自旁遮普、哈里亚纳和古吉拉特邦。

旁遮普邦一名议员表示支持修法，但认为关键在于执行。"现在的法律也禁止这些行为，可中介照样在社交媒体上公开打广告。"

部分移民权益组织则担心，新法会给合法出境的劳工增加过多程序负担。草案征求意见期为45天，政府希望在今年雨季会期提交议会审议。`,
    expect: { relevant: false },
  },
];
