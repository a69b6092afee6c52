/** Title and byline lines: recognised so that they become metadata, not body text. */

/** A report's own title line: short, no sentence punctuation, and says what it is. */
export function isTitleLine(text: string): boolean {
  return (
    [...text].length <= 60 &&
    !/[。；，！？]/.test(text) &&
    !/^[一二三四五六七八九十]+、|^[（(][一二三四五六七八九十]+[）)]|^\d+[.．、]/.test(text) &&
    /(?:报告|总结|情况|汇报|述职)$/.test(text) &&
    /法治|依法行政/.test(text)
  );
}

/** A date line under an article title: （2022年10月21日）. */
export function dateLine(text: string): string | undefined {
  const m = text.match(/^[（(]\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*[）)]$/);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : undefined;
}

export interface Byline {
  organ: string;
  role?: string;
  name: string;
}

/** A byline: the author's body, maybe a post, and a name (北京市司法局局长 崔杨; 吉林省委党校  魏芙蓉). */
export function byline(text: string): Byline | undefined {
  const m = text.match(
    /^([\p{Script=Han}]{2,20}?(?:党校|局|厅|委员会|办公室|研究院|研究中心|学院|大学|法院|检察院))\s*(局长|副局长|厅长|副厅长|主任|副主任|书记|教授|副教授|讲师|研究员|副研究员|院长)?\s+([\p{Script=Han}]{1,4})$/u,
  );
  return m ? { organ: m[1]!, ...(m[2] ? { role: m[2] } : {}), name: m[3]! } : undefined;
}
