// A social card's size: the 1.91:1 picture feeds show large (og:image, twitter:card summary_large_image).
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
