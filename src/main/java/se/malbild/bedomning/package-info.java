/** Bedömning: måluppfyllelse per nämndmål, rapporttexter och status för uppdrag, aktiviteter och internkontroll per uppföljning. */
package se.malbild.bedomning;
