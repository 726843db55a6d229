import type { Client } from "#db/schema";
import type { ClientFormValues } from "~/utils/client-schema";
import { formatANumber } from "~/domain/a-number";

/** A stored client as the form's text values. */
export function clientToFormValues(c: Client): ClientFormValues {
  return {
    familyName: c.familyName,
    givenNames: c.givenNames,
    nativeName: c.nativeName ?? "",
    otherNames: c.otherNames ?? "",
    aNumber: c.aNumber ? formatANumber(c.aNumber) : "",
    dateOfBirth: c.dateOfBirth ?? "",
    sex: c.sex,
    nationalities: c.nationalities.join(", "),
    countryOfBirth: c.countryOfBirth ?? "",
    preferredLanguage: c.preferredLanguage,
    phone: c.phone ?? "",
    email: c.email ?? "",
    address: c.address ?? "",
    addressReportedCourtOn: c.addressReportedCourtOn ?? "",
    addressReportedIceOn: c.addressReportedIceOn ?? "",
    detentionStatus: c.detentionStatus,
    detentionFacility: c.detentionFacility ?? "",
    detentionSince: c.detentionSince ?? "",
    releaseForm: c.releaseForm ?? "",
    lawyerId: c.lawyerId ?? "",
    paralegalId: c.paralegalId ?? "",
    tags: c.tags.join(", "),
    notes: c.notes ?? "",
    emergencyContacts: c.emergencyContacts ?? "",
    childrenCare: c.childrenCare ?? "",
    powerOfAttorneyOnFile: c.powerOfAttorneyOnFile ? "on" : "",
  };
}
