/** Rapporter: internbudgeten som dokument (kolumner, texter, specifikation av förändringar) och dess visning. */
package se.malbild.rapport;
