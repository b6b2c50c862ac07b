import { z } from "zod";
import { locales } from "@/lib/i18n/locales";
import { normaliseEmail } from "./rate-limit";

// Error messages are message keys (messages/*.json → errors.*), translated where they are shown.
export const emailSchema = z
  .string()
  .trim()
  .min(1, "errors.required")
  .max(254, "errors.tooLong")
  .email("errors.email")
  .transform(normaliseEmail);

export const signUpSchema = z
  .object({
    name: z.string().trim().min(1, "errors.required").max(100, "errors.tooLong"),
    email: emailSchema,
    password: z.string().min(10, "errors.passwordTooShort").max(200, "errors.tooLong"),
    confirmPassword: z.string(),
  })
  .refine((value) => value.password === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "errors.passwordMismatch",
  });
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.object({
  email: emailSchema,
  password: z.string().min(1, "errors.required").max(200, "errors.tooLong"),
});

export const localeSchema = z.object({ locale: z.enum(locales) });

const name = z.string().trim().min(1, "errors.required").max(100, "errors.tooLong");

export const accountNameSchema = z.object({ name });

const newPassword = z.string().min(10, "errors.passwordTooShort").max(200, "errors.tooLong");
const confirmed = (value: { password: string; confirmPassword: string }) => value.password === value.confirmPassword;
const mismatch = { path: ["confirmPassword"], message: "errors.passwordMismatch" };

export const passwordChangeSchema = z
  .object({
    currentPassword: z.string().min(1, "errors.required").max(200, "errors.tooLong"),
    password: newPassword,
    confirmPassword: z.string(),
  })
  .refine(confirmed, mismatch);
export type PasswordChange = z.infer<typeof passwordChangeSchema>;

export const passwordResetRequestSchema = z.object({ email: emailSchema });

/** The token is the link's secret, as long as the app makes them. */
export const passwordResetSchema = z
  .object({
    token: z.string().min(1, "errors.resetLinkInvalid").max(200, "errors.resetLinkInvalid"),
    password: newPassword,
    confirmPassword: z.string(),
  })
  .refine(confirmed, mismatch);
