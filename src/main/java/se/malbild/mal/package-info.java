/** Mål: målområden, kommunövergripande mål, nämndmål, indikatorer med målvärden och utfall, strategiska uppdrag. */
package se.malbild.mal;
