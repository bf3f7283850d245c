/**
 * Words the interpreter knows that are not anatomy: intent cues, laterality, connectors and ordinary English.
 * Intent cues are matched on the normalised prompt text (lower case, one space between words).
 */
import type { SceneIntent } from '../../../../shared/domain/sceneAction';

export const SIDE_WORDS: Readonly<Record<string, 'left' | 'right'>> = {
  left: 'left', right: 'right', l: 'left', r: 'right', lt: 'left', rt: 'right', sinistral: 'left', dextral: 'right',
};
export const BOTH_SIDES = new Set(['both', 'bilateral', 'bilaterally', 'either']);

/** Connectors inside a numbered list or range ("ribs 5 to 7", "T11-L2", "C1 and C2"). */
export const RANGE_CONNECTORS = new Set(['-', 'to', 'through', 'thru', 'till', 'until', 'upto']);
export const LIST_CONNECTORS = new Set(['and', 'or', '&', ',', 'plus']);

/** Nouns that only restate the kind of a structure just named ("gluteus maximus muscles", "femoral bones"). */
export const HEAD_NOUNS = new Set(['bone', 'muscle', 'gland', 'organ', 'structure', 'region', 'area', 'part', 'tissue', 'segment', 'level', 'label', 'mask', 'surface', 'mesh', 'joint']);

/** Words that mean "everything present" in complements ("everything except …", "all but …"). */
export const EVERYTHING_WORDS = new Set(['everything', 'all', 'anything', 'every', 'rest', 'whole', 'others', 'else']);
/** Words that start the excluded part of a complement. */
export const EXCEPT_WORDS = new Set(['except', 'excluding', 'besides', 'minus', 'sans', 'apart', 'aside', 'other', 'save', 'but', 'without', 'not']);

/** Intent cues by intent; order of evaluation is decided in interpret.ts. */
export const INTENT_CUES: Readonly<Record<Exclude<SceneIntent, 'unknown'>, RegExp>> = {
  reset: /\b(reset|restore|start over|start again|default view|unhide (all|everything)|show (all|everything)|display (all|everything)|bring (everything|all) back|undo (all|everything)|back to (normal|default|the start)|un ?isolate|clear (all|everything|the scene|the view|selection)|clear)\b/,
  list: /\b(list|enumerate|inventory|how many)\b|\b(what|which)\b.*\b(structure|structures|organs?|labels?|segments?|segmented|present|available|visible|there|have|contains?|included|found|loaded)\b/,
  segment: /\b(segment|segmentation of|auto ?segment|run (the )?(model|segmentation|segmenter|ai)|detect|delineate|contour)\b/,
  measure: /\b(measure|measurements?|volumes?|how (big|large|much|long|wide|thick|heavy|small)|size|sizes|dimensions?|diameters?|length|width|extent|hu|hounsfield|density|densities|attenuation|stats|statistics|quantify|ml|cc|mean (hu|density|intensity|value)|average (hu|density|intensity))\b/,
  locate: /\b(where|locate|location|find|position|navigate|go to|jump to|take me to|cent(er|re)( the view| the image)? on|zoom (in )?(on|to)|point (to|at|out)|scroll to|bring me to|show me where)\b/,
  explain: /\b(explain|describe|description|tell me about|tell me more|what (is|are|does|do)|info|information|function|purpose|role|define|definition|anatomy of|learn about)\b/,
  hide: /\b(hide|hid|hidden|remove|turn off|switch off|toggle off|get rid of|take (away|out|off)|make (it |them )?(invisible|transparent)|do not (show|display)|delete|drop|exclude|mask out|disable)\b/,
  isolate: /\b(isolate|isolated|only|just|solo|alone|exclusively|nothing (but|else)|focus on|by itself|by themselves|on its own|single out)\b/,
  show: /\b(show|display|view|visualize|visualise|see|add|include|turn on|switch on|toggle on|unhide|reveal|bring back|bring up|highlight|render|draw|put back|open|pull up|give me|enable)\b/,
};

export const PRONOUN_CUE = /\b(it|them|that|those|these|this|they|same|ones?)\b/;
export const ADDITIVE_CUE = /(^and\b)|\b(too|also|as well|plus|add|additionally|in addition|along with|together with)\b/;
export const CONTRALATERAL_CUE = /\b(other (one|side|kidney|lung)|opposite|contralateral|the other)\b/;

/** Words that can be spell-corrected into intent cues ("isloate" → isolate). */
export const INTENT_VOCABULARY: readonly string[] = [
  'isolate', 'show', 'hide', 'display', 'remove', 'measure', 'volume', 'explain', 'describe', 'locate', 'where', 'segment',
  'reset', 'restore', 'list', 'visualize', 'highlight', 'everything', 'except', 'please', 'only', 'which', 'structures',
];

/**
 * Ordinary words: never spell-corrected into anatomy and never reported as unknown structures.
 * Deliberately broad: a missed filler word would otherwise surface as an "absent structure".
 */
export const COMMON_WORDS = new Set(`a an the this that these those it its them they their there here me my mine you your we us our
i he she his her of in on at to for from by with without into onto over under above below near next beside between
behind front back up down off out about around through and or nor but so then than now again also too just only
please pls plz kindly could would can will shall should may might must do does did done doing be is are was were
been being am have has had having get got let make made want wanted need needed like love see look looking show
view display give tell ask know think help try go going come put take keep set turn switch toggle bring pull open
close zoom pan rotate move center centre all every each everything anything something nothing some any none no not
yes ok okay thanks thank cheers hey hi hello hmm um uh well right left both either neither other others another
rest else same one ones side sided sides hand part parts what which who whom whose where when why how much many
more most less least few lot lots very really quite bit little big large small huge tiny size long short wide
thick thin first last next previous new old current present visible available segmented scan scans image images
study series volume slice slices view views screen window scene model models segmentation segmentations mask masks
label labels structure structures organ organs anatomy anatomical thing things stuff patient patients case
study 3d 2d render rendering surface surfaces mesh meshes viewer display please again instead as if whether
though although because since while once until till upon within onto via per versus vs etc including included
include exclude excluding except besides apart aside save minus sans plus along together additionally addition
can't cannot dont don doesnt isnt arent cant wont lets im id ill ive youre whats wheres thats
now then today currently already still even ever never always sometimes maybe perhaps actually basically
go ahead alright sure fine great good nice cool awesome perfect fine oh ah wow mate sir doc doctor
region regions area areas bone bones muscle muscles gland glands tissue tissues segment segments level levels
isolate isolated hide hidden remove delete drop measure measurement measurements explain describe description
locate location find position navigate jump scroll point reset restore start clear list enumerate inventory
visualize visualise highlight reveal unhide enable disable include focus solo alone exclusively single
number numbers count mean average density hu ml cc dimension dimensions diameter length width extent statistics
stats quantify function purpose role define definition meaning information info learn does rid away
default normal original initial beginning morning evening afternoon day night bye goodbye welcome test testing
weigh weight weighs heavy quick quickly slowly carefully now later soon time thing kind sort type way`.split(/\s+/));
