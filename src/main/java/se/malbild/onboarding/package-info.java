/** Onboarding: importformatet för en nämnds plan (JSON med JSON Schema), validering, import och demodata. */
package se.malbild.onboarding;
