/** Uppföljning: uppföljningspunkter, nämndernas status per punkt och inmatning av utfall. */
package se.malbild.uppfoljning;
