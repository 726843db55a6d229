import { z } from "zod";

// Forms of the text-message pages, shared by server and page (the server's parse is the truth).
const blankToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

export const smsSettingsSchema = z
  .object({
    accountSid: z
      .string({ error: "Enter the Account SID." })
      .trim()
      .regex(/^AC[0-9a-fA-F]{32}$/, "An Account SID is AC followed by 32 letters and digits (0-9, a-f)."),
    // Blank keeps the stored token; it is never shown back.
    authToken: z.preprocess(
      blankToNull,
      z
        .string()
        .trim()
        .regex(/^[A-Za-z0-9]{16,64}$/, "The auth token is 32 letters and digits.")
        .nullable()
        .default(null),
    ),
    fromNumber: z.preprocess(blankToNull, z.string().trim().max(40).nullable().default(null)),
    messagingServiceSid: z.preprocess(
      blankToNull,
      z
        .string()
        .trim()
        .regex(/^MG[0-9a-fA-F]{32}$/, "A Messaging Service SID is MG followed by 32 letters and digits.")
        .nullable()
        .default(null),
    ),
  })
  .refine((v) => v.fromNumber || v.messagingServiceSid, {
    message: "Enter the sending number or a Messaging Service SID.",
    path: ["fromNumber"],
  });

export const smsTestSchema = z.object({
  phone: z.string({ error: "Enter your mobile number." }).trim().min(1, "Enter your mobile number.").max(40),
});

/** The forms of a client's Text messages page (_staff.clients.$id_.text-messages.tsx). */
export const TEXT_MESSAGE_INTENTS = { consent: "consent", read: "read" } as const;

export const smsConsentSchema = z.object({
  intent: z.literal(TEXT_MESSAGE_INTENTS.consent),
  consent: z.enum(["yes", "no"], { error: "Choose whether the client agreed to texts." }),
  phone: z.string({ error: "Enter the client's mobile number." }).trim().max(40).default(""),
  country: z
    .string()
    .trim()
    .regex(/^[A-Z]{2}$/, "Choose the country of the number.")
    .default("US"),
});

/** "Mark read" on a text from the client, from wherever it is shown (returnTo: back there, if it is ours). */
export const textReadSchema = z.object({
  intent: z.literal(TEXT_MESSAGE_INTENTS.read),
  textId: z
    .string({ error: "Choose a text from the client." })
    .trim()
    .min(1, "Choose a text from the client.")
    .max(40, "Choose a text from the client."),
  returnTo: z.string().optional(),
});
