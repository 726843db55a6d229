// A labelled filter select of the client list ("Any" first unless noEmpty).

export function Select({
  label,
  name,
  value,
  options,
  noEmpty,
}: {
  label: string;
  name: string;
  value: string | null | undefined;
  options: (string | undefined)[][];
  noEmpty?: boolean;
}) {
  return (
    <div>
      <label htmlFor={`f-${name}`} className="block text-sm font-medium text-slate-800">
        {label}
      </label>
      <select
        id={`f-${name}`}
        name={name}
        defaultValue={value ?? ""}
        className="mt-1 block max-w-48 rounded-md py-2 pr-8 pl-2 text-sm ring-1 ring-slate-300"
      >
        {noEmpty ? null : <option value="">Any</option>}
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}
