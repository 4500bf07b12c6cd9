// The interface's words in Russian, typed against English (en.ts): a missing or extra key does not
// type-check, and tests/unit/messages.test.ts checks every message.
// AWAITING REVIEW: written without a fluent Russian speaker's reading; to be reviewed by one before
// Russian pages are published.
import type { Messages } from '../catalogue.ts';
import { WORDS as theme } from '../client/theme.ts';
import { WORDS as cite } from '../client/cite.ts';
import { WORDS as search } from '../client/search.ts';

const rules = new Intl.PluralRules('ru');
/** The form of a word for `n`, by Russian plural rules: 1, 21 → one; 2–4, 22–24 → few; 5–20, 25… → many. */
const plural = (n: number, one: string, few: string, many: string): string => {
  const category = rules.select(n);
  return category === 'one' ? one : category === 'few' ? few : many;
};

export const ru: Messages = {
  site: {
    name: 'Пресс-релизы прокуратуры Казахстана, дословно',
    tagline: 'Независимая копия, не сайт Генеральной прокуратуры',
    titleSuffix: 'Пресс-релизы, дословно',
    overview: 'Обзор',
    skipToContent: 'Перейти к содержанию',
  },
  marks: {
    editorial: 'От редакции',
    official: 'Официальный текст',
    officialLead: 'Официальный текст: вступление',
    officialAttribution: 'Официальный текст: источник',
  },
  crumbs: {
    label: 'Навигационная цепочка',
    home: 'Главная',
    data: 'Данные',
    fullText: 'Полный текст',
  },
  theme: theme.ru,
  cite: cite.ru,
  search: search.ru,
  searchDialog: {
    open: 'Поиск',
    title: 'Поиск по пресс-релизам',
    close: 'Закрыть',
    words: 'Слова для поиска',
    topic: 'Тема',
    allTopics: 'Все темы',
    help: 'Стрелки вверх и вниз переходят по результатам; Enter открывает выбранный.',
    results: 'Результаты поиска',
    nothing:
      'В пресс-релизах нет совпадений с этими словами. Попробуйте меньше слов или другие слова либо перейдите к разделам:',
    overviewOf: (title) => `Обзор: ${title}`,
    everyRelease: 'Все пресс-релизы и их темы',
  },
  paragraphs: {
    paragraph: (n) => `Абзац ${n}`,
    onReleasePage: (n) => `Абзац ${n} на странице пресс-релиза`,
    inTopic: (n, topic) => `Абзац ${n} · ${topic}`,
  },
  glance: {
    heading: 'Коротко',
    note: 'Редакционное изложение официального текста: каждое поручение, просьба, рекомендация и предложение с глаголом, который использует текст; кто их дал и кому, указано только там, где это называет текст. Каждая строка ведёт к абзацу, из которого она взята.',
    instructions: 'Поручения и просьбы',
    figures: 'В цифрах',
  },
  contents: {
    onThisPage: 'На этой странице',
    title: 'Содержание',
    opening: 'Вступительные абзацы',
    attribution: 'Источник',
  },
  dates: {
    published: 'Официальный текст опубликован',
    updated: '; редакционный текст последний раз обновлён',
    pressReleaseOf: 'Пресс-релиз от',
  },
  provenance: {
    textBy: (author) => `Автор текста: ${author}; впервые опубликован`,
    at: ' на сайте ',
    on: (date) => ` ${date}`,
    noAddress: ' (адрес исходной страницы не записан)',
    copyBy: (publisher) => `. Копию подготовил ${publisher}`,
    copyAt: ', по адресу ',
    end: '.',
    wordForWord: 'Официальный текст воспроизведён дословно.',
    about: 'О сайте',
  },
  sourceLine: {
    from: 'Официальный текст дословно, источник:',
    asPublished: 'Официальный текст дословно, как опубликован',
    note: 'Источник и эта копия',
  },
  downloads: {
    label: 'Печать, PDF и текст в опубликованном виде',
    print: 'На одной странице, для чтения или печати',
    pdf: (size) => `PDF (${size})`,
    text: 'Исходный текст (.txt)',
    digest: 'Проверить текстовый файл (SHA-256)',
    compare: 'Сравните с результатом команды',
  },
  meta: {
    published: 'Опубликован',
    meeting: 'Заседание',
    issuedBy: 'Издатель',
  },
  topics: {
    heading: 'Темы пресс-релиза',
    label: 'Темы',
    previous: 'Предыдущая тема',
    backTo: 'Вернуться',
    overview: 'К обзору пресс-релиза',
    next: 'Следующая тема',
    topicOf: (n, count) => `Тема ${n} из ${count}`,
    notesHeading: 'Редакционные заметки к этой теме',
    figures: (n) => `${n} ${plural(n, 'ключевой показатель', 'ключевых показателя', 'ключевых показателей')}`,
    instructions: (n) => `${n} ${plural(n, 'поручение или просьба', 'поручения или просьбы', 'поручений и просьб')}`,
    and: ' и ',
    oneNote: (kind) =>
      `В этой теме ${kind === 'figure' ? 'один ключевой показатель' : 'одно поручение или просьба'}; рядом указан абзац, из которого ${kind === 'figure' ? 'он взят' : 'оно взято'}.`,
    allNotes: (counted) => `В этой теме ${counted}; у каждого пункта указан абзац, из которого он взят.`,
    someNotes: (shown, counted) =>
      `Здесь показано ${shown} (всего в теме ${counted}); у каждого пункта указан абзац, из которого он взят, а полный перечень — на страницах данных.`,
    cite: 'Процитировать пресс-релиз или его абзац',
  },
  footer: {
    official:
      'воспроизводится в точности так, как его опубликовала Генеральная прокуратура Республики Казахстан. Всё, что отмечено как',
    editorial: '(заголовки, изложения, цифры, списки), написано для этого сайта и не входит в пресс-релиз.',
    publishedBy: (publisher) => `Эту копию публикует ${publisher}.`,
    report: 'Сообщить о расхождении:',
    check:
      'Чтобы проверить фрагмент, сравните его с опубликованным текстом (по SHA-256) и с оригиналом на сайте Генеральной прокуратуры:',
    about: 'О сайте: источники и проверки',
  },
  home: {
    description: (date, headline) => `Пресс-релиз от ${date}, дословно и с поиском: ${headline}.`,
    latest: 'Последний пресс-релиз',
    read: 'Читать пресс-релиз',
    whole: 'Весь пресс-релиз на одной странице',
    overview: 'Обзор: изложение, данные, файлы и цитирование',
    earlier: 'Предыдущие пресс-релизы',
  },
  overview: {
    kicker: 'Пресс-релиз',
    data: 'Пресс-релиз в виде данных',
    files: 'Печать, PDF и текст в опубликованном виде',
  },
  fullText: {
    title: (date) => `Полный текст, ${date}`,
    shareTitle: (headline) => `${headline} (полный текст)`,
    description: (date) => `Весь пресс-релиз от ${date} на одной странице, в порядке публикации.`,
    kicker: 'Полный текст в опубликованном виде',
  },
  notFound: {
    title: 'Страница не найдена',
    description: 'По этому адресу нет страницы.',
    text: 'По этому адресу нет страницы. Возможно, она перемещена или в адресе опечатка.',
    home: 'Перейти на главную страницу',
    orSearch: ' или воспользуйтесь поиском выше.',
  },
  searchPage: {
    title: 'Поиск',
    description: 'Поиск по полному тексту пресс-релизов.',
    open: 'Открыть поиск',
    orPress: ' или нажмите',
    onAnyPage: 'на любой странице.',
    noScript:
      'Для поиска нужен JavaScript, а в этом браузере он отключён. Все страницы по-прежнему доступны полностью: просматривайте пресс-релизы по темам.',
    fullText: 'Полный текст',
  },
  data: {
    kicker: 'Пресс-релиз в виде данных',
    nav: 'Пресс-релиз в виде данных',
    hub: 'Открытые данные',
    cite: 'Цитирование',
    kinds: {
      figures: 'Ключевые показатели',
      instructions: 'Поручения и просьбы',
      people: 'Лица и организации',
      dates: 'Хронология',
    },
    asFile: 'Эти данные в виде файла:',
    keyFigure: 'Ключевой показатель',
    keyFigureOf: (measure) => `Ключевой показатель: ${measure}`,
    allFigures: 'Все ключевые показатели этой темы',
    everyInstruction: 'Все поручения и просьбы',
    period: 'Период:',
    noPeriod: 'Период в тексте не указан',
    periodColumn: 'Период',
    figureColumn: 'Показатель',
    changeColumn: 'Изменение',
    shareColumn: 'Доля',
    asShare: (measure) => `${measure}: доля от целого`,
    change: { increase: 'рост', decrease: 'снижение' },
    changeOf: (change) => `${change} на `,
    due: (due) => `Срок: ${due}.`,
    named: 'Названы:',
    amongPeople: (person) => `${person}, в перечне лиц и организаций`,
    inText: (words) => `В тексте: «${words}»`,
    readAs: (reading) => `Прочитано как: ${reading}`,
  },
  citations: {
    summary: 'Цитировать',
    release: 'Этот пресс-релиз',
    releaseLabel: 'ссылку на пресс-релиз',
    paragraphs: (range) => `Процитировать абзац этой страницы (${range})`,
    managers: 'Для менеджеров библиографии:',
    every: 'все варианты цитирования пресс-релиза',
  },
};
