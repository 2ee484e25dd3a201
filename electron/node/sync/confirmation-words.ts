/**
 * Short confirmation words: 4 bytes of a pairing transcript's derived secret, one word per byte
 * from a list of 256 distinct, common, easy-to-say English words (32 bits shown to the user).
 */
const WORDS = (
  'acorn actor adult agent alarm album alley amber anchor angle apple april apron arena ' +
  'arrow atlas attic autumn avenue bacon badge bagel baker bamboo banana banjo barn basil basket beach ' +
  'beaver berry bicycle blanket blossom bonus book bottle boxer branch bread brick bridge bronze broom ' +
  'bubble bucket buffalo button cabin cactus camel camera candle canoe canyon carbon carpet carrot castle cedar ' +
  'cello chalk cherry chess circle citrus clock cloud clover cobalt cocoa coffee comet copper coral ' +
  'cotton cougar crayon cricket crystal cupcake curtain cycle daisy dancer delta denim desert diamond ' +
  'dinner doctor dolphin domino donkey dragon drum eagle easel echo eclipse elephant ember engine falcon ' +
  'feather fiddle finch flame flute forest fossil fountain fox galaxy garden garlic gecko ginger giraffe glacier ' +
  'globe gold grape guitar hammer harbor harvest hazel helmet heron honey horizon hotel husky igloo ' +
  'indigo island ivory jacket jaguar jasmine jelly jigsaw jungle kayak kettle kitten koala ladder lagoon ' +
  'lantern lemon lily lizard lobster locket lotus magnet mango maple marble meadow melon mirror monkey ' +
  'mosaic mountain muffin napkin nectar needle noodle nutmeg oasis ocean olive onion orange ' +
  'orchid otter oyster paddle palace panda paper parrot peach pebble pepper piano pickle pigeon pillow pilot ' +
  'pirate planet plum pocket pony potato prairie pumpkin puzzle quartz quill rabbit radar radio raven ribbon ' +
  'river robot rocket saddle salmon sandal saturn scarf shadow shovel silver skate sketch sparrow spider ' +
  'spinach sponge squirrel stamp station summer sunset swan table tango teapot tennis thunder tiger ticket ' +
  'tomato torch tulip tunnel turtle umbrella unicorn valley velvet violin volcano waffle wagon walnut whale'
).split(' ')

if (WORDS.length !== 256 || new Set(WORDS).size !== 256) throw new Error(`confirmation word list must hold 256 distinct words, has ${new Set(WORDS).size}/${WORDS.length}`)

export function confirmationWordsOf(bytes: Uint8Array, count = 4): string[] {
  if (bytes.byteLength < count) throw new Error('not enough bytes for the confirmation words')
  return Array.from(bytes.subarray(0, count), (byte) => WORDS[byte])
}
