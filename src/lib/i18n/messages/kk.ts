// The interface's words in Kazakh (Cyrillic), typed against English (en.ts): a missing or extra key
// does not type-check, and tests/unit/messages.test.ts checks every message.
// AWAITING REVIEW: written without a fluent Kazakh speaker's reading; to be reviewed by one before
// Kazakh pages are published.
import type { Messages } from '../catalogue.ts';
import { WORDS as theme } from '../client/theme.ts';
import { WORDS as cite } from '../client/cite.ts';
import { WORDS as search } from '../client/search.ts';

const rules = new Intl.PluralRules('kk');
/**
 * The form of a word for `n` by Kazakh plural rules (one, other). A noun after a numeral stays
 * singular in Kazakh (`5 нәтиже`), so the forms differ only where a sentence changes with the count.
 */
const plural = (n: number, one: string, other: string): string => (rules.select(n) === 'one' ? one : other);

export const kk: Messages = {
  site: {
    name: 'Қазақстан прокуратурасының баспасөз релиздері, сөзбе-сөз',
    tagline: 'Тәуелсіз көшірме, Бас прокуратураның өз сайты емес',
    titleSuffix: 'Баспасөз релиздері, сөзбе-сөз',
    overview: 'Шолу',
    skipToContent: 'Мазмұнға өту',
  },
  marks: {
    editorial: 'Редакциядан',
    official: 'Ресми мәтін',
    officialLead: 'Ресми мәтін: кіріспе',
    officialAttribution: 'Ресми мәтін: дереккөз',
  },
  crumbs: {
    label: 'Навигациялық тізбек',
    home: 'Басты бет',
    data: 'Деректер',
    fullText: 'Толық мәтін',
  },
  theme: theme.kk,
  cite: cite.kk,
  search: search.kk,
  searchDialog: {
    open: 'Іздеу',
    title: 'Баспасөз релиздерінен іздеу',
    close: 'Жабу',
    words: 'Ізделетін сөздер',
    topic: 'Тақырып',
    allTopics: 'Барлық тақырып',
    help: 'Жоғары және төмен көрсеткілері нәтижелер бойынша жылжытады; Enter таңдалғанын ашады.',
    results: 'Іздеу нәтижелері',
    nothing:
      'Баспасөз релиздерінде бұл сөздерге сәйкес ештеңе жоқ. Азырақ немесе басқа сөздерді қолданып көріңіз, не мына бөлімдерді қараңыз:',
    overviewOf: (title) => `Шолу: ${title}`,
    everyRelease: 'Барлық баспасөз релизі және олардың тақырыптары',
  },
  paragraphs: {
    paragraph: (n) => `${n}-абзац`,
    onReleasePage: (n) => `${n}-абзац, баспасөз релизінің бетінде`,
    inTopic: (n, topic) => `${n}-абзац · ${topic}`,
  },
  glance: {
    heading: 'Қысқаша',
    note: 'Ресми мәтіннің редакциялық түйіні: әр тапсырма, өтініш, ұсыным және ұсыныс мәтіндегі етістікпен беріледі; кім бергені және кімге берілгені мәтінде аталған жерде ғана көрсетіледі. Әр жол өзі алынған абзацқа сілтейді.',
    instructions: 'Тапсырмалар мен өтініштер',
    figures: 'Сандармен',
  },
  contents: {
    onThisPage: 'Осы бетте',
    title: 'Мазмұны',
    opening: 'Кіріспе абзацтар',
    attribution: 'Дереккөз',
  },
  dates: {
    published: 'Ресми мәтін жарияланған күні:',
    updated: '; редакциялық мәтін соңғы рет жаңартылған күні:',
    pressReleaseOf: 'Баспасөз релизінің күні:',
  },
  provenance: {
    textBy: (author) => `Мәтін авторы: ${author}; алғаш жарияланған жері`,
    at: ': ',
    on: (date) => `, күні: ${date}`,
    noAddress: ' (түпнұсқа беттің мекенжайы жазылмаған)',
    copyBy: (publisher) => `. Бұл көшірмені жасаған: ${publisher}`,
    copyAt: ', мекенжайы: ',
    end: '.',
    wordForWord: 'Ресми мәтін сөзбе-сөз берілген.',
    about: 'Сайт туралы',
  },
  sourceLine: {
    from: 'Ресми мәтін сөзбе-сөз, дереккөзі:',
    asPublished: 'Ресми мәтін сөзбе-сөз, жарияланған күйінде',
    note: 'Дереккөз және осы көшірме',
  },
  downloads: {
    label: 'Басып шығару, PDF және жарияланған күйіндегі мәтін',
    print: 'Бір бетте, оқу немесе басып шығару үшін',
    pdf: (size) => `PDF (${size})`,
    text: 'Түпнұсқа мәтін (.txt)',
    digest: 'Мәтін файлын тексеру (SHA-256)',
    compare: 'Мына команданың нәтижесімен салыстырыңыз:',
  },
  meta: {
    published: 'Жарияланды',
    meeting: 'Отырыс',
    issuedBy: 'Шығарған',
  },
  topics: {
    heading: 'Баспасөз релизінің тақырыптары',
    label: 'Тақырыптар',
    previous: 'Алдыңғы тақырып',
    backTo: 'Қайту',
    overview: 'Баспасөз релизіне шолу',
    next: 'Келесі тақырып',
    topicOf: (n, count) => `${count} тақырыптың ${n}-і`,
    notesHeading: 'Осы тақырып бойынша редакциялық жазбалар',
    figures: (n) => `${n} ${plural(n, 'негізгі көрсеткіш', 'негізгі көрсеткіш')}`,
    instructions: (n) => `${n} ${plural(n, 'тапсырма не өтініш', 'тапсырма мен өтініш')}`,
    and: ' және ',
    oneNote: (kind) =>
      `Бұл тақырыптағы жалғыз ${kind === 'figure' ? 'негізгі көрсеткіш' : 'тапсырма не өтініш'} өзі алынған абзацпен бірге берілген.`,
    allNotes: (counted) => `Бұл тақырыпта: ${counted}; әрқайсысы өзі алынған абзацпен бірге берілген.`,
    someNotes: (shown, counted) =>
      `Мұнда ${shown} жазба көрсетілген (тақырыпта барлығы: ${counted}); әрқайсысы өзі алынған абзацпен бірге берілген, толық тізім деректер беттерінде.`,
    cite: 'Баспасөз релизіне немесе оның абзацына сілтеме жасау',
  },
  footer: {
    official: 'Қазақстан Республикасының Бас прокуратурасы жариялаған күйінде дәл беріледі.',
    editorial:
      'деп белгіленгеннің бәрі (тақырыптар, түйіндер, сандар, тізімдер) осы сайт үшін жазылған және баспасөз релизіне кірмейді.',
    publishedBy: (publisher) => `Бұл көшірмені жариялаушы: ${publisher}.`,
    report: 'Сәйкессіздік туралы хабарлау:',
    check:
      'Үзіндіні тексеру үшін оны жарияланған мәтінмен (SHA-256 бойынша) және Бас прокуратура сайтындағы түпнұсқамен салыстырыңыз:',
    about: 'Сайт туралы: дереккөздер мен тексерулер',
  },
  home: {
    description: (date, headline) => `${date} баспасөз релизі, сөзбе-сөз және іздеуге болады: ${headline}.`,
    latest: 'Соңғы баспасөз релизі',
    read: 'Баспасөз релизін оқу',
    whole: 'Бүкіл баспасөз релизі бір бетте',
    overview: 'Шолу: түйін, деректер, файлдар және сілтеме',
    earlier: 'Бұрынғы баспасөз релиздері',
  },
  overview: {
    kicker: 'Баспасөз релизі',
    data: 'Баспасөз релизі деректер түрінде',
    files: 'Басып шығару, PDF және жарияланған күйіндегі мәтін',
  },
  fullText: {
    title: (date) => `Толық мәтін, ${date}`,
    shareTitle: (headline) => `${headline} (толық мәтін)`,
    description: (date) => `${date} баспасөз релизі толығымен бір бетте, жарияланған ретімен.`,
    kicker: 'Жарияланған күйіндегі толық мәтін',
  },
  notFound: {
    title: 'Бет табылмады',
    description: 'Бұл мекенжайда бет жоқ.',
    text: 'Бұл мекенжайда бет жоқ. Ол басқа жерге ауыстырылған болуы мүмкін немесе мекенжай қате терілген.',
    home: 'Басты бетке өту',
    orSearch: ' немесе жоғарыдағы іздеуді пайдаланыңыз.',
  },
  searchPage: {
    title: 'Іздеу',
    description: 'Баспасөз релиздерінің толық мәтінінен іздеу.',
    open: 'Іздеуді ашу',
    orPress: ' немесе кез келген бетте',
    onAnyPage: 'пернесін басыңыз.',
    noScript:
      'Іздеу үшін JavaScript қажет, ал бұл браузерде ол өшірулі. Барлық бет толық оқылады: баспасөз релиздерін тақырыптар бойынша қараңыз.',
    fullText: 'Толық мәтін',
  },
  data: {
    kicker: 'Баспасөз релизі деректер түрінде',
    nav: 'Баспасөз релизі деректер түрінде',
    hub: 'Ашық деректер',
    cite: 'Сілтеме жасау',
    kinds: {
      figures: 'Негізгі көрсеткіштер',
      instructions: 'Тапсырмалар мен өтініштер',
      people: 'Адамдар мен ұйымдар',
      dates: 'Хронология',
    },
    asFile: 'Бұл деректер файл түрінде:',
    keyFigure: 'Негізгі көрсеткіш',
    keyFigureOf: (measure) => `Негізгі көрсеткіш: ${measure}`,
    allFigures: 'Осы тақырыптың барлық негізгі көрсеткіштері',
    everyInstruction: 'Барлық тапсырма мен өтініш',
    period: 'Кезең:',
    noPeriod: 'Кезең мәтінде көрсетілмеген',
    periodColumn: 'Кезең',
    figureColumn: 'Көрсеткіш',
    changeColumn: 'Өзгеріс',
    shareColumn: 'Үлес',
    asShare: (measure) => `${measure}: жалпы көлемдегі үлесі`,
    change: { increase: 'өсу', decrease: 'төмендеу' },
    changeOf: (change) => `${change}: `,
    due: (due) => `Мерзімі: ${due}.`,
    named: 'Аталғандар:',
    amongPeople: (person) => `${person}, адамдар мен ұйымдар тізімінде`,
    inText: (words) => `Мәтінде: «${words}»`,
    readAs: (reading) => `Оқылуы: ${reading}`,
  },
  citations: {
    summary: 'Сілтеме жасау',
    release: 'Осы баспасөз релизі',
    releaseLabel: 'баспасөз релизіне сілтемені',
    paragraphs: (range) => `Осы беттің абзацына сілтеме жасау (${range})`,
    managers: 'Библиография менеджерлеріне арналған:',
    every: 'баспасөз релизіне сілтеме жасаудың барлық нұсқасы',
  },
};
