// Words that carry no subject in a question or a sentence: function words, question scaffolding ("tell me about"),
// and generic verbs a hurried journalist types ("what happened", "what's going on"). Matched after folding, before
// stemming. Subject words a question can hinge on ("say", "paid", "first") are deliberately NOT here: dropping them
// would turn "what did Putin say to Kim" into "Putin Kim" and return loosely related text.

export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above across after again against all almost also am an and any anybody anyone anything are aren around as
  at be became because been before being below besides between both but by can cannot could couldn d did didn do does
  doesn doing done don during each either else even ever every for from further had hadn has hasn have haven having he
  her here hers herself him himself his how i if in into is isn it its itself just ll m me might more most much must
  my myself no nor not now o of off on once only or other our ours ourselves out over own per quite re really s same
  shall she should shouldn so some such t than that the their theirs them themselves then there these they this those
  through thus to too under until up upon us ve very via was wasn we were weren what whatever when where whether which
  while who whom whose why will with won would wouldn y yet you your yours yourself
  please know knew let lets show info information details detail something thing things stuff exactly actually
  basically happen happened happening happens going gone go goes get got getting make made take took taken news
  update updates story expected expect likely due roughly approximately around nearly almost some
  along beside toward towards among amid amidst onto throughout despite behalf`.split(/\s+/),
);
