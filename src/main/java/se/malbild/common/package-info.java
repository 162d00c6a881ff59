/** Gemensamt: svensk talformatering och fel som alla moduler använder. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.malbild.common;
