// The interface's words in English: the source catalogue. Russian (ru.ts) and Kazakh (kk.ts) are
// typed against it (src/lib/i18n/catalogue.ts), and tests/unit/messages.test.ts checks that they say
// the same things. A message with a value in it is a function of that value.
//
// The English words client scripts need (the theme control, the copy buttons, the search) live in
// ../client/, one module per part of the interface, so that each script bundles its own words
// and no others; this catalogue takes them from there.
import { THEME } from '../client/theme.ts';
import { CITE } from '../client/cite.ts';
import { WORDS as search } from '../client/search.ts';
import type { LanguageNames } from '../languages.ts';

/** A template's `{0}`, `{1}`… filled with `values`, each taken as written. */
const fill = (template: string, ...values: string[]): string =>
  template.replace(/\{(\d)\}/gu, (_, i: string) => values[Number(i)] ?? '');

/** The languages' names, as the side-by-side page's words take them. */
const EN_NAMES: LanguageNames = { kk: 'Kazakh', ru: 'Russian', en: 'English' };
/** Paragraphs `first` to `last`: "paragraph 4", "paragraphs 4 and 5", "paragraphs 4 to 6". */
const enParagraphs = (first: number, last: number): string =>
  first === last ? `paragraph ${first}` : `paragraphs ${first} ${last === first + 1 ? 'and' : 'to'} ${last}`;

export const en = {
  site: {
    name: 'Kazakhstan prosecutor releases, verbatim',
    tagline: "Independent copy, not the Office's own site",
    titleSuffix: 'Releases, verbatim',
    /** The search filter value of a release's overview page. */
    overview: 'Overview',
    skipToContent: 'Skip to content',
  },
  /** The language switcher, where a page exists in other languages. */
  /** The side-by-side page of two versions; languages are given by their tags (`en`, `ru`, `kk`). */
  parallel: {
    kicker: 'Side by side',
    crumb: 'Side by side',
    heading: (a: string, b: string) => `The ${EN_NAMES[a]} and ${EN_NAMES[b]} versions, side by side`,
    title: (short: string, a: string, b: string) => `${EN_NAMES[a]} and ${EN_NAMES[b]} side by side: ${short}`,
    description: (a: string, b: string) =>
      `The press release in ${EN_NAMES[a]} and in ${EN_NAMES[b]}, paragraph beside paragraph, each word for word as the Office published it.`,
    intro:
      'Both versions as the Office published them, word for word. Each row holds the paragraphs that say the same: where one version has two paragraphs for one of the other’s, they share a row. A paragraph’s number leads to it in its version’s full text.',
    official: 'Official texts, side by side',
    version: (a: string) => `${EN_NAMES[a]} version`,
    cite: (a: string) => `How to cite the ${EN_NAMES[a]} version`,
    headline: 'Headline',
    attribution: 'Attribution',
    /** A row's paragraphs, `first` to `last`, of each side, for screen readers. */
    row: (a: string, aFirst: number, aLast: number, b: string, bFirst: number, bLast: number) =>
      `${EN_NAMES[a]} ${enParagraphs(aFirst, aLast)}; ${EN_NAMES[b]} ${enParagraphs(bFirst, bLast)}`,
    paragraphLink: (n: number) => `Paragraph ${n}, in the full text of this version`,
    /** The link from a version's pages to the side-by-side page. */
    linksLabel: 'This release side by side with another language version',
    link: (b: string) => `Read side by side with the ${EN_NAMES[b]} version`,
  },
  languageSwitcher: {
    label: 'This page in other languages',
  },
  marks: {
    editorial: 'Editorial',
    official: 'Official text',
    officialLead: 'Official text: the lead',
    officialAttribution: 'Official text: attribution',
  },
  crumbs: {
    label: 'Breadcrumb',
    home: 'Home',
    data: 'Data',
    fullText: 'Full text',
  },
  theme: {
    choices: THEME.choices,
    label: (choice: string) => fill(THEME.label, choice),
    action: (choice: string) => fill(THEME.action, choice),
  },
  cite: {
    ...CITE,
    copyWhat: (what: string) => fill(CITE.copyWhat, what),
    accessed: (citation: string, day: string) => fill(CITE.accessed, citation, day),
  },
  search: search.en,
  searchDialog: {
    open: 'Search',
    title: 'Search the releases',
    close: 'Close',
    words: 'Words to find',
    topic: 'Topic',
    allTopics: 'All topics',
    help: 'Up and down arrows move through the results; Enter opens one.',
    results: 'Search results',
    nothing: 'Nothing in the releases matches these words. Try fewer or different words, or browse:',
    overviewOf: (title: string) => `Overview: ${title}`,
    everyRelease: 'Every release and its topics',
  },
  paragraphs: {
    /** A paragraph's own ¶ link, for screen readers. */
    link: (n: number) => `Paragraph ${n}, link to this paragraph`,
    paragraph: (n: number) => `Paragraph ${n}`,
    onReleasePage: (n: number) => `Paragraph ${n}, on the release's page`,
    /** A paragraph as a data card's source names it, with its topic. */
    inTopic: (n: number, topic: string) => `Paragraph ${n} · ${topic}`,
  },
  glance: {
    heading: 'At a glance',
    note: 'Editorial summary of the official text: each instruction, request, recommendation and proposal with the verb the text uses, naming who gave it and to whom only where the text does. Each line links to the paragraph it comes from.',
    instructions: 'Instructions and requests',
    figures: 'In figures',
  },
  contents: {
    onThisPage: 'On this page',
    title: 'Contents',
    opening: 'Opening paragraphs',
    attribution: 'Attribution',
  },
  /** The words before a date (a `<time>` element follows each). */
  dates: {
    published: 'Official text published',
    updated: '; editorial text last updated',
    pressReleaseOf: 'Press release of',
  },
  provenance: {
    textBy: (author: string) => `Text by the ${author}, first published`,
    at: ' at ',
    on: (date: string) => ` on ${date}`,
    noAddress: ' (the address of the original page is not recorded)',
    copyBy: (publisher: string) => `. This copy by ${publisher}`,
    copyAt: ', at ',
    end: '.',
    wordForWord: 'The official text is reproduced word for word.',
    about: 'About this site',
  },
  sourceLine: {
    /** Before the original's address, or, where there is none, before the date. */
    from: 'Official text, word for word, from',
    asPublished: 'Official text, word for word, as published',
    note: 'Source and this copy',
  },
  downloads: {
    label: 'Print, PDF and the text as published',
    print: 'One page, to read or print',
    pdf: (size: string) => `PDF (${size})`,
    text: 'Original text (.txt)',
    digest: 'Check the text file (SHA-256)',
    compare: 'Compare with',
  },
  meta: {
    published: 'Published',
    meeting: 'Meeting',
    issuedBy: 'Issued by',
  },
  topics: {
    heading: 'Topics of the release',
    label: 'Topics',
    previous: 'Previous topic',
    backTo: 'Back to',
    overview: 'Overview of the release',
    next: 'Next topic',
    topicOf: (n: number, count: number) => `Topic ${n} of ${count}`,
    notesHeading: 'Editorial notes on this topic',
    figures: (n: number) => `${n} ${n === 1 ? 'key figure' : 'key figures'}`,
    instructions: (n: number) => `${n} ${n === 1 ? 'instruction or request' : 'instructions and requests'}`,
    /** The kinds of note, counted, joined: `3 key figures and 1 instruction or request`. */
    and: ' and ',
    oneNote: (kind: 'figure' | 'instruction') =>
      `The topic's one ${kind === 'figure' ? 'key figure' : 'instruction or request'}, with the paragraph it comes from.`,
    allNotes: (counted: string) => `The topic's ${counted}, each with the paragraph it comes from.`,
    someNotes: (shown: number, counted: string) =>
      `${shown} of the topic's ${counted}, each with the paragraph it comes from; the data pages list them all.`,
    cite: 'Cite this release, or a paragraph of it',
  },
  footer: {
    official:
      "is reproduced exactly as the General Prosecutor's Office of the Republic of Kazakhstan published it. Everything marked",
    editorial: '(headings, summaries, figures, lists) was written for this site and is not part of the release.',
    publishedBy: (publisher: string) => `This copy is published by ${publisher}.`,
    report: 'Report a discrepancy:',
    check:
      "To check a passage, compare it with the text as published, by its SHA-256, and with the original on the Office's site:",
    about: 'About this site: sources and checks',
  },
  home: {
    description: (date: string, headline: string) =>
      `The press release of ${date}, verbatim and searchable: ${headline}.`,
    latest: 'Latest press release',
    read: 'Read the release',
    whole: 'The whole release on one page',
    overview: 'Overview: summary, data, downloads and citation',
    earlier: 'Earlier releases',
  },
  overview: {
    kicker: 'Press release',
    data: 'The release as data',
    files: 'Print, PDF and the text as published',
  },
  fullText: {
    title: (date: string) => `Full text, ${date}`,
    shareTitle: (headline: string) => `${headline} (full text)`,
    description: (date: string) => `The whole press release of ${date} on one page, in the order it was published.`,
    kicker: 'Full text as published',
  },
  notFound: {
    title: 'Page not found',
    description: 'There is no page at this address.',
    text: 'There is no page at this address. It may have moved, or the address may be mistyped.',
    home: 'Go to the home page',
    orSearch: ', or use the search above.',
  },
  searchPage: {
    title: 'Search',
    description: 'Search the full text of the releases.',
    open: 'Open the search',
    orPress: ', or press',
    onAnyPage: 'on any page.',
    noScript:
      'Search needs JavaScript, which is off in this browser. Every page still reads in full: browse the releases by topic.',
    fullText: 'Full text',
  },
  data: {
    kicker: 'The release as data',
    nav: 'The release as data',
    hub: 'Open data',
    cite: 'Cite',
    kinds: {
      figures: 'Key figures',
      instructions: 'Instructions and requests',
      people: 'People and organisations',
      dates: 'Timeline',
    },
    asFile: 'This data as a file:',
    keyFigure: 'Key figure',
    keyFigureOf: (measure: string) => `Key figure: ${measure}`,
    allFigures: 'All key figures of this topic',
    everyInstruction: 'Every instruction and request',
    period: 'Period:',
    noPeriod: 'Period not stated in the text',
    periodColumn: 'Period',
    figureColumn: 'Figure',
    changeColumn: 'Change',
    shareColumn: 'Share',
    asShare: (measure: string) => `${measure}, as a share of the whole`,
    change: { increase: 'increase', decrease: 'decrease' },
    changeOf: (change: string) => `${change} of `,
    due: (due: string) => `By: ${due}.`,
    named: 'Named:',
    amongPeople: (person: string) => `${person}, among the people and organisations`,
    inText: (words: string) => `In the text: “${words}”`,
    readAs: (reading: string) => `Read as: ${reading}`,
  },
  dataPages: {
    fields: {
      figures: 'value, unit, what is measured, period, direction of change',
      instructions: 'the verb the text uses, who gave it, to whom, what it asks for',
      people: 'name and role as the text gives them, every mention',
      dates: 'the words of the text, the date in ISO 8601, what happened then',
    },
    periodTo: 'to',
    hub: {
      description:
        'The figures, instructions, people and dates of the press release as JSON and CSV files with JSON Schemas, and the whole release as one JSON file.',
      introBefore: 'The release as data, free to reuse (see ',
      rights: 'Rights',
      introMiddle:
        '). Every record carries the sentence of the official text it comes from, the number of that paragraph and its address; the build checks each sentence against the text as published. JSON files name their JSON Schema in ',
      introAfter: '; CSV files are UTF-8, comma-separated, with a heading row.',
      table: 'Data of the release, by kind',
      data: 'Data',
      records: 'Records',
      fields: 'Fields',
      files: 'Files',
      whole: 'The whole release',
      releaseJson:
        ': metadata, topics, every paragraph of the official text with its number and address, and all the data above (',
      and: 'and',
      citationFiles: ": the release's citation for reference managers;",
      howToCite: 'how to cite the release and its paragraphs',
      dataPackage:
        ': every file above with its type and, for the CSV files, their columns, as a Frictionless Data Package that data tools open directly.',
      rightsBefore:
        "The official text these files quote (the paragraphs, the sentences each record comes from, the headline and the attribution) is the issuing office's, the",
      rightsAfter:
        ', reproduced verbatim: this site does not license it. What the project adds (the selection and structure of the data, editorial fields and addresses) is under',
      rightsEnd: 'field.',
      licenseField: '; every JSON file says so in its',
    },
    figures: {
      description:
        'Every figure of the press release, grouped by topic, each linked to the sentence it comes from, with charts where a comparison helps.',
      intro:
        "Every figure the release gives, grouped by topic. The numbers and units are the text's own; what each one measures, the periods as dates and the charts are editorial. Each figure links to its paragraph, and quotes the sentence it comes from.",
      none: 'No figures are recorded for this release.',
      readTopic: (topic: string) => `Read the topic: ${topic}`,
    },
    instructions: {
      description:
        'Every instruction, request, recommendation and proposal of the release, with the verb the text uses, who gave it where the text says, and the sentence it comes from.',
      intro: (verbs: string) =>
        `Every instruction, request, recommendation and proposal of the release, grouped by whom it was given to, in the order of the text. The verb is the one the text uses (${verbs}), and who gave it is named only where the text names them; what each asks for is summarised in editorial words, under the sentence it comes from.`,
      none: 'No instructions are recorded for this release.',
    },
    people: {
      description:
        'Everyone the press release names, people and bodies, with their roles as the text gives them and links to every mention.',
      intro:
        "The people and organisations the release names, in the order the text first names them. Names and roles are the text's own words; each links to the sentence that first names them, and to the other places the text names them in other words.",
      none: 'No people or organisations are recorded for this release.',
      alsoNamed: 'Also named as:',
      paragraph: (n: number) => `paragraph ${n}`,
      instructions: 'Instructions:',
      gave: 'gave:',
    },
    timeline: {
      description:
        'Every date and period the press release names, in time order, each linked to the sentence that names it.',
      intro:
        "Every date and period the release names, in time order. The words in quotation marks are the text's; where they do not spell the date out, a note says how it was read. What happened then is editorial.",
      published: 'The press release is published',
      fromRelease: 'From the release itself, not its paragraphs:',
      release: 'the release',
    },
    cite: {
      title: 'Cite the release',
      description:
        'Ready citations of the press release and of each of its paragraphs, and entries for reference managers.',
      intro:
        'Citations of the release as published, and of each paragraph at its stable address. The author is the body that signs the release, the place is that of its dateline. Copy adds the day you copy a citation as the day it was read.',
      release: 'The release',
      apaLabel: 'the APA citation of the release',
      bibtexLabel: 'the BibTeX entry of the release',
      cslLabel: 'the CSL-JSON item of the release',
      paragraph: 'A paragraph',
      paragraphIntro:
        'A paragraph is cited as the release is, with its number after “Press release” and its own address. For paragraph 1:',
      paragraphLabel: (n: number) => `the citation of paragraph ${n}`,
    },
  },
  about: {
    title: 'About this site',
    description:
      'Who publishes this copy of the press releases, where the official text comes from, what is editorial and how the text is checked.',
    ledeBefore:
      "This site reproduces press releases of the General Prosecutor's Office of the Republic of Kazakhstan word for word, so that they can be read, searched, cited and checked. It is published by",
    ledeAfter: ". It is not a site of the General Prosecutor's Office, and the Office has not reviewed it.",
    sources: 'Where the official text comes from',
    originalAddress: "The original's full address:",
    retrieved: (date: string) => `, from which the text was taken on ${date}.`,
    notRetrieved: '; the day the text was taken from it is not recorded.',
    asTaken: 'The text as taken:',
    quirks:
      'The text is reproduced in the language it was published in, English, with the quirks of the original (a space before a closing quotation mark, “1,5 thousand”, two kinds of apostrophe): they are part of the published text.',
    official: 'What is official and what is editorial',
    officialBefore: 'The official text is set in a book face, under a dark rule, and marked',
    officialAfter: (glance: string) =>
      `. Everything else is this site's: titles, summaries, the “${glance}” lists, figures, charts, instructions, people and dates read from the text. It is marked like this:`,
    editorialNote: 'An editorial note: written by this site, never by the Office.',
    linked:
      'Every editorial figure, instruction, person and date links to the paragraph of the official text it comes from.',
    checked: 'How the text is checked',
    checks:
      'Each time the site is built, every paragraph of every page is compared with the text as taken, paragraph by paragraph and character by character; only spaces, tabs and line breaks may differ. A paragraph that differs, is missing, is out of order or appears twice stops the build, and the site is not published. The PDF is printed from the text as taken, and the search index is made from the checked pages. The SHA-256 digest above lets anyone check that the text file offered for download is the one the pages were compared with:',
    report: 'Report a discrepancy',
    reportBefore: 'If a passage here differs from the original, tell the publisher:',
    reportAfter: ". Give the address of the paragraph (each paragraph's ¶ link) and of the original.",
    noContact:
      "This copy names no contact. To check a passage, compare it with the text as taken (the file above and its SHA-256) and with the original on the Office's site.",
  },
  /** What a reader is told of a release's language versions (versionsSentence). */
  versions: {
    /** The languages of the Office's versions, in the form the sentences below take them. */
    names: EN_NAMES,
    and: ' and ',
    only: (language: string) => `The Office published this release in ${language} only.`,
    several: (languages: string, reproduced: string) =>
      `The Office published this release in ${languages}; only the ${reproduced} version is reproduced here.`,
    severalReproduced: (languages: string, reproduced: string) =>
      `The Office published this release in ${languages}; the ${reproduced} versions are reproduced here.`,
    original: (language: string) => ` The Office names the ${language} version as the original.`,
  },
  pdf: {
    kicker: 'PRESS RELEASE, THE TEXT AS PUBLISHED',
    subject: (date: string, original: string, copy: string) =>
      `Independent copy of the press release of ${date}, not an official publication. ${original} ${copy}`,
    notice: 'An independent copy, not an official publication.',
    textAsPublished: 'The text as published',
    digest: 'SHA-256 of press-release.txt',
    page: (n: string, count: string) => `Page ${n} of ${count}`,
  },
  /** The link-preview cards' kickers and footer (src/pages/social/[...card].png.ts). */
  cards: {
    latest: (date: string) => `Latest: ${date}`,
    site: 'An independent, verbatim copy',
    release: 'Press release · independent copy',
    topic: (label: string) => `${label} · independent copy`,
  },
  citations: {
    title: (title: string) => `“${title}”`,
    /** The words of a ready citation (the APA one keeps APA's English). */
    genre: 'Press release',
    ofParagraph: (n: number) => `, paragraph ${n}`,
    firstPublished: (url: string) => `First published at ${url}. `,
    summary: 'Cite',
    release: 'This release',
    releaseLabel: 'the citation of the release',
    paragraphs: (range: string) => `Cite a paragraph of this page (${range})`,
    managers: 'Reference managers:',
    every: 'every citation of the release',
  },
};
