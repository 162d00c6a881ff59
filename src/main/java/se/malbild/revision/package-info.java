/** Revision: spårbarhet – varje ändring med vem, när, vad, gammalt och nytt värde, i samma transaktion som ändringen. */
package se.malbild.revision;
