import { describe, expect, it } from "vitest";
import { chineseScript, langTag } from "./chinese-script";

const ZH = { code: "zh", name: "Chinese", read: true };

describe("the script of a Chinese text", () => {
  it.each([
    ["美国移民和海关执法局用包机将116名中国非法移民遣返至沈阳。", "Hans"],
    ["美國移民及海關執法局以包機將116名中國非法移民遣返至瀋陽。", "Hant"],
    ["遣返包机抵达广州", "Hans"],
    ["遣返包機抵達廣州", "Hant"],
    // Only characters both scripts share: no script can be told.
    ["中文", null],
    ["Deportation flight", null],
  ])("%s → %s", (text, script) => {
    expect(chineseScript(text)).toBe(script);
  });

  it("tags quotes zh-Hans or zh-Hant, plain zh when it cannot tell, and only the languages read", () => {
    expect(langTag(ZH, "遣返包机")).toBe("zh-Hans");
    expect(langTag(ZH, "遣返包機")).toBe("zh-Hant");
    expect(langTag(ZH, "中文")).toBe("zh");
    expect(langTag({ code: "es", name: "Spanish", read: true }, "vuelo")).toBe("es");
    expect(langTag({ code: "en", name: "English", read: true }, "flight")).toBe("en");
    expect(langTag({ code: "por", name: "Portuguese", read: false }, "voo")).toBeUndefined();
  });
});
