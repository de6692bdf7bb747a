package madvec.model;

/** A section of a parameter card, kept in card order so that writing a card preserves its layout. */
sealed interface CardSection permits CardBlock, CardDecay {
}
