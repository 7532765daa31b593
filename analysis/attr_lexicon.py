"""Word lists for finding and typing speakers: titles, roles, institutions, anonymity.

All lists are lower case and were written for this project. They are deliberately
generic (no names of real people); country names are there because a country that
"said" something is its government speaking.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """Return the set of the whitespace-separated words of ``text``."""
    return frozenset(text.split())


# Titles written before a name and dropped when matching (President Anton Krall = Krall).
TITLES = words(
    """mr mrs ms miss mx dr prof professor sir dame lord lady president vice prime minister premier chancellor
    secretary sec gen general lt lieutenant col colonel maj major capt captain cmdr commander adm admiral
    sgt sergeant cpl corporal pvt brig brigadier marshal field gov governor sen senator rep representative
    rev reverend fr father sister brother sheikh ayatollah imam rabbi pastor bishop archbishop cardinal pope
    king queen prince princess emir sultan crown judge justice mayor chairman chairwoman chair ceo cfo coo
    cto founder director ambassador envoy speaker leader deputy acting interim chief head hon honourable
    honorable attorney state foreign interior defence defense finance health education justice economy
    trade energy agriculture labour labor transport culture environment home affairs first lady former
    then late retired democratic republican spokesman spokeswoman spokesperson press representative
    congressman congresswoman assemblyman assemblywoman councilman councilwoman councillor councilor
    superintendent inspector detective officer sheriff coach dean provost rector gov. whip gm commodore
    undersheriff constable insp sr defender president-elect brigadier-general attorney-general
    lieutenant-general major-general lieutenant-colonel vice-president
    presidential nominee candidate commissioner comptroller treasurer auditor mp mep sen. rep. dr. mr. mrs.
    ms. gen. lt. col. maj. capt. adm. sgt. gov. prof. rev. fr. hon. pres. supt. insp. det. amb. atty."""
)

# Role nouns that identify a speaker by function (the spokesman, a Kersian official).
# A party member named by party ("the California Democrat"): a role, never a name.
PARTISANS = words("democrat republican libertarian socialist progressive conservative liberal")
ROLE_NOUNS = words(
    """spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen secretary minister president
    premier chancellor chairman chairwoman chair director chief head leader leaders commander general
    officer officers official officials diplomat diplomats source sources analyst analysts expert experts
    witness witnesses resident residents doctor doctors physician surgeon nurse lawyer lawyers attorney
    attorneys aide aides adviser advisers advisor advisors ambassador envoy governor senator senators
    lawmaker lawmakers legislator legislators representative representatives congressman congresswoman
    mayor candidate nominee manager researcher researchers scientist scientists economist economists
    investigator investigators prosecutor prosecutors judge justice critic critics supporter supporters
    opponent opponents observer observers activist activists protester protesters voter voters member
    members person people man woman men women friend friends rep correspondent reporter reporters
    journalist journalists editor editors columnist host anchor moderator father mother son daughter wife
    husband relative relatives neighbor neighbors neighbour neighbours student students teacher teachers
    examiner coroner
    worker workers employee employees executive executives owner founder producer author writer historian
    professor priest pastor bishop cleric imam rabbi insider insiders negotiator negotiators monitor
    monitors rescuer rescuers paramedic paramedics medic medics survivor survivors victim victims
    strategist strategists pollster pollsters operative operatives staffer staffers surrogate surrogates
    backer backers ally allies rival rivals challenger incumbent prosecutor counsel coroner sheriff
    commissioner superintendent inspector detective soldier soldiers troops militant militants fighter
    fighters rebel rebels agent agents deputy colleague colleagues partner partners campaigner campaigners
    administrator administrators coordinator organizer organizers organiser founder ceo cfo boss bosses
    speaker writers columnists hosts anchors moderators historians professors nurses physicians
    surgeons judges governors mayors candidates nominees ministers
    veteran veterans officialdom mediator mediators envoys delegates delegate delegation"""
)


def plurals(singular: frozenset[str]) -> frozenset[str]:
    """Return the regular plurals of the longer plain words (``agency`` -> ``agencies``)."""
    out = set()
    for word in singular:
        if len(word) < 4 or not word.isalpha() or word.endswith("s"):
            continue
        if word.endswith("y") and word[-2] not in "aeiou":
            out.add(word[:-1] + "ies")
        elif word.endswith(("ch", "sh", "x", "z")):
            out.add(word + "es")
        else:
            out.add(word + "s")
    return frozenset(out)


# Heads of names that denote an organisation rather than a person.
INSTITUTION_HEADS = words(
    """ministry department office center centre council committee commission agency organization
    organisation union nations party front army forces force police court bank fund university institute
    association foundation corporation company inc corp ltd llc plc group service services bureau
    authority authorities board parliament congress senate house assembly cabinet government administration
    kremlin pentagon coalition alliance federation league movement network campaign secretariat mission
    embassy consulate command brigade guard navy military directorate prosecutor's prosecutors committee
    society institution charity hospital clinic school college academy club team firm industries
    airlines airline railway railways ministry's office's watchdog regulator tribunal presidency
    municipality city state republic kingdom emirate caucus staff headquarters observatory secretariat
    red cross crescent unicef unhcr who nato imf opec panel jury pac chapter watch"""
)
INSTITUTION_HEADS |= plurals(INSTITUTION_HEADS) - words("houses states cities republics")

# Organisations that are the state speaking.
GOVERNMENT_HEADS = words(
    """ministry government administration kremlin pentagon cabinet presidency embassy consulate
    parliament department military army navy forces police authorities command"""
)

# Outlets and words that mark a news organisation.
MEDIA_WORDS = words(
    """news times post journal herald tribune telegraph guardian gazette daily wire press agency tv
    television radio broadcasting broadcaster channel magazine newspaper paper outlet network reuters
    ap afp bbc cnn fox nbc abc cbs msnbc bloomberg politico breitbart huffpost huffington tass ria
    interfax xinhua aljazeera jazeera dpa efe ansa kyodo yonhap axios vox slate economist atlantic
    newsweek usa today wsj nyt cnbc npr pbs sky itv rt sputnik anadolu chronicle inquirer dispatch
    courier bulletin"""
)
MEDIA_WORDS |= words("outlets newspapers papers networks channels broadcasters magazines")
# Platforms that carry what others say ("Wednesday on Twitter"): media, never a person.
MEDIA_WORDS |= words("twitter facebook youtube instagram tiktok")

# Adjectives and participles written after the noun they describe, in anonymous sourcing:
# "people familiar with the matter", "officials involved in the talks", "diplomats present".
POSTNOMINAL = words("familiar close involved present briefed knowledgeable aware")
# Heads that make a mention anonymous when no proper name comes with them.
ANONYMOUS_HEADS = words(
    """official officials source sources diplomat diplomats witness witnesses resident residents person
    people insider insiders aide aides analyst analysts expert experts observer observers someone
    spokesman spokeswoman spokesperson officer officers employee employees staffer staffers member
    members critic critics supporter supporters opponent opponents activist activists protester
    protesters voter voters worker workers negotiator negotiators doctors doctor medics medic rescuers
    monitor monitors lawmaker lawmakers legislators liberals conservatives progressives moderates family
    families figures"""
)

# Documents that speak for their author (the ministry's statement said).
DOCUMENT_NOUNS = words(
    """statement statements report reports release communique communiqué letter letters tweet tweets
    post posts memo memorandum filing document documents note notice announcement transcript website
    interview interviews speech remarks message email e-mail bulletin editorial op-ed column article
    study survey poll polls research analysis findings data figures records review investigation
    assessment estimate estimates projection projections slide slides video videos footage photo photos
    image images map maps chart charts graph graphs average averages evidence transcript transcripts
    tally count census statistics numbers brief filing complaint lawsuit motion ruling inquiry audit probe
    analyses studies reviews surveys assessments investigations ad ads advertisement advertisements
    commercial commercials broadcast broadcasts telecast"""
)

# Heads after "according to" that name no speaker (According to the agreements ...).
NON_AGENT_HEADS = words(
    """agreement agreements accord accords treaty treaties law laws rule rules regulation regulations
    constitution plan plans schedule schedules tradition traditions legend custom customs protocol
    protocols deal deals contract contracts terms rumor rumors rumour rumours convention conventions
    procedure procedures guidelines guideline calendar timetable program programme doctrine principle
    principles scripture bible koran quran charter policy policies decree decrees legislation bill
    resolution resolutions formula schedule tradition norms standards"""
)

PERSON_PRONOUNS = words("he she him her")
PLURAL_PRONOUNS = words("they them")
ALL_PRONOUNS = words("he she they it we i")

FEMININE_MARKERS = words(
    """she her mrs ms miss madam dame lady queen princess spokeswoman chairwoman congresswoman
    assemblywoman councilwoman businesswoman woman sister mother daughter wife grandmother aunt niece
    actress duchess empress baroness countess"""
)
MASCULINE_MARKERS = words(
    """he him his mr sir lord king prince spokesman chairman congressman assemblyman councilman
    businessman man brother father son husband grandfather uncle nephew actor duke emperor baron count"""
)

# Common feminine first names; an unknown name is treated as not known to be feminine.
FEMININE_NAMES = words(
    """mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret
    sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura
    cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine
    debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria
    kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa
    ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn
    danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori hillary
    nikki kellyanne sheryl condoleezza madeleine nancy elizabeth kamala angela theresa irina olga natalia
    tatiana svetlana elena anastasia ekaterina yulia marina lena lina ines ingrid greta astrid sigrid
    fatima aisha leila layla zeynep ayse elif defne selin emine meryem sofia giulia chiara francesca
    isabel carmen lucia camila valentina ana marta agnieszka katarzyna malgorzata eva jana petra
    monika ursula annalena federica giorgia marine segolene christine jacinda tsai yingluck benazir indira
    golda sheikh hasina aung suu ruth sonia priya sunita aruna mei ling xiaoming yuki keiko haruka
    ellen kate claire jane anne beth lucy molly zoe chloe ella mia ava lily leah nina vanessa erica erin
    tina tracy wendy holly jill kristen kirsten renee paula sylvia vera irene joanna meghan megyn oprah
    portia whoopi jodie meryl julia jenna sheila colleen maureen eileen kathy cathy debbie peggy patty
    sally sue penny ruby rosa rosie stella nora norah hazel iris jade jasmine stacey tammy tara tanya
    vicki yvonne gwen harriet hilary lynn mandy marcia maxine miriam naomi pauline rita roberta rosemary
    sherry sonya suzanne valerie veronica wanda bonnie caroline clara daisy elaine esther felicia gail
    gina jeanne josephine kristin lara loretta lydia marlene melanie melinda michele nadia nell regina
    tamara tess toni trisha viola yolanda betsy elise eliza heidi hilda imogen jenny kristina marisa
    mindy rosalind selena serena sienna tiffany vivian wilma adriana alicia allison alyssa bethany
    brooke caitlin carla cassandra cecilia claudia courtney edith ellie erika gabriela gabrielle haley
    janelle jocelyn katie kaitlyn katrina krista kylie lorraine margarita marianne mariah marissa maya
    meredith miranda monica noelle paige priscilla rhonda sabrina sophie stacy tasha terri whitney
    yasmin zara nikki susanne ulrike birgit sabine anke katja beatrix"""
) - {"sheikh", "aung", "suu"}

MASCULINE_NAMES = words(
    """james john robert michael william david richard joseph thomas charles christopher daniel matthew
    anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason
    jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel
    gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas
    zachary peter kyle noah ethan jeremy walter christian keith roger terry austin sean gerald carl harold
    dylan arthur lawrence jordan jesse bryan billy bruce gabriel joe logan alan juan albert willie elijah
    wayne randy vincent mason roy ralph bobby russell bradley philip eugene barack bill mitt mike ted rick
    marco jeb newt chris rand bernie tim hank harry mitch chuck lindsey rudy reince sean steve jared
    vladimir dmitry sergei sergey ivan oleg igor alexei nikolai mikhail boris viktor recep ahmet mehmet
    mustafa emre ali hassan mohammed muhammad ahmed omar bashar benjamin emmanuel francois jean pierre
    olaf angelo giuseppe luigi carlos luis jorge miguel pedro xi li wang narendra rahul shinzo fumio
    kim moon yoon jair lula andres nicolas hugo justin malcolm tony gordon keir rishi boris lev anton
    seth ben dan sam tom jim bob rob dick ed ned fred greg jeff jon ken kenny len leo leon lou matt nick
    nate phil ray rex rod ron stan stu toby todd trevor troy vic wade warren wes will zach zack abe adrian
    alfred allen alvin andre andy angus barry bernard bert bret brett byron calvin carlton cecil chad
    clarence clark claude clifford clint clyde colin conor craig curtis dale damian darren dean derek
    desmond dominic don duncan dustin dwight earl edgar edwin elliot ernest erik evan everett felix floyd
    franklin garrett gavin gene glen glenn grant harvey herbert herman howard hugh ian isaac jake jay
    jeremiah jimmy joel johnny julian karl kurt lance leonard lester lloyd lucas luke marcus marshall
    martin marvin max maurice melvin milton mohamed neil nigel norman oliver oscar owen percy perry
    randall reggie ricardo rodney roland ross rupert sebastian shane sidney simon spencer stanley stuart
    theodore tobias travis victor wallace wesley xavier arnold elon dwayne conan hakeem ahmad yusuf
    abdullah khalid hamid hussein ibrahim karim mahmoud rashid saeed tariq hans jurgen klaus dieter
    wolfgang heinz lars sven nils piotr pavel tomas andrzej jacques philippe alain francesco matteo
    alessandro antonio manuel fernando rafael sergio diego javier alberto eduardo roberto enrique gustavo
    raul yosef moshe avi ehud yitzhak shimon naftali benny gideon"""
)

# US state abbreviations of news style ("Glendale, Ariz.", "Ariz. Gov. Jan Brewer").
STATE_ABBREVIATIONS = words(
    """ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn mo mont neb nev okla
    ore pa tenn tex va vt wash wis wyo"""
)

# Prepositions that spread a group over a place: "observers around the country say".
SPREAD_WORDS = words("around across throughout")
