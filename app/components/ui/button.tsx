import { useNavigation } from "@remix-run/react";
import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger" | "ghost";
const STYLES: Record<Variant, string> = {
  primary: "bg-blue-700 text-white hover:bg-blue-800 disabled:bg-blue-400",
  secondary: "bg-white text-slate-800 ring-1 ring-inset ring-slate-300 hover:bg-slate-50",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-red-400",
  ghost: "text-slate-700 hover:bg-slate-100",
};

export function buttonClass(variant: Variant = "primary", extra = "") {
  return `inline-flex min-h-10 items-center justify-center gap-2 rounded-md px-4 py-2 text-sm font-semibold shadow-sm transition-colors disabled:cursor-not-allowed ${STYLES[variant]} ${extra}`;
}

type Props = ButtonHTMLAttributes<HTMLButtonElement> & {
  variant?: Variant;
  /** Text shown while this button's form is being submitted. */
  pendingText?: string;
};

/** A submit button that shows a pending state while its form is in flight (useNavigation). */
export function Button({ variant = "primary", pendingText, className = "", children, ...rest }: Props) {
  const navigation = useNavigation();
  const pending =
    navigation.state === "submitting" &&
    rest.type !== "button" &&
    (rest.name === undefined || navigation.formData?.get(rest.name) === rest.value);
  return (
    <button {...rest} className={buttonClass(variant, className)} aria-disabled={pending || undefined}>
      {pending && pendingText ? pendingText : children}
    </button>
  );
}
