import { useEffect, useState } from "react";

type Toast = { kind: "success" | "error" | "info"; message: string };

export function ToastMessage({ toast }: { toast: Toast }) {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    setVisible(true);
    const t = setTimeout(() => setVisible(false), 8000);
    return () => clearTimeout(t);
  }, [toast]);
  if (!visible) return null;
  const tone =
    toast.kind === "error"
      ? "border-red-300 bg-red-50 text-red-900"
      : toast.kind === "success"
        ? "border-green-300 bg-green-50 text-green-900"
        : "border-slate-300 bg-white text-slate-900";
  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex justify-center px-4">
      <div
        role="status"
        className={`pointer-events-auto flex items-start gap-3 rounded-lg border px-4 py-3 text-sm shadow-lg ${tone}`}
      >
        <span>{toast.message}</span>
        <button
          type="button"
          onClick={() => setVisible(false)}
          className="font-semibold underline"
          aria-label="Dismiss message"
        >
          ×
        </button>
      </div>
    </div>
  );
}
