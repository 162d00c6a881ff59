/** Ekonomi: driftbudget per verksamhet, budgetram med ramjusteringar, investeringar och beräkningarna på dem. */
package se.malbild.ekonomi;
