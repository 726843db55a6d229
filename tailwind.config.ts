import type { Config } from "tailwindcss";

// Loaded from app/tailwind.css with @config (Tailwind 4 keeps the theme here, as the card asks).
export default {
  content: ["./app/**/*.{ts,tsx}"],
  theme: {
    extend: {
      fontFamily: {
        sans: [
          "Inter",
          "system-ui",
          "-apple-system",
          "Segoe UI",
          "Roboto",
          "Noto Sans",
          "Noto Sans CJK SC",
          "PingFang SC",
          "Microsoft YaHei",
          "sans-serif",
        ],
      },
      colors: {
        // Risk colours carry meaning only (UI.md): critical red, high orange, elevated amber, low blue.
        risk: {
          critical: "#b91c1c",
          high: "#c2410c",
          elevated: "#a16207",
          low: "#1d4ed8",
          none: "#4b5563",
        },
      },
    },
  },
} satisfies Config;
