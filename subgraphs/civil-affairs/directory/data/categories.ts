import { Category } from "../directory.types";

/**
 * C1's service categories, as seed 002 prints them in its 項目 column. One list for every city: a
 * city's directory uses the categories it needs (Taipei's seeds print no such column; data/taipei.ts
 * says which it reads for each agency).
 */
export const CATEGORY = {
  lifeAdjustment: { code: "life-adjustment", name: "生活適應輔導" },
  medicalCare: { code: "medical-care", name: "醫療生育保健" },
  childRearing: { code: "child-rearing", name: "協助子女教養" },
  educationCulture: { code: "education-culture", name: "提升教育文化" },
  employmentRights: { code: "employment-rights", name: "保障就業權益" },
  personalSafety: { code: "personal-safety", name: "人身安全保護" },
  socialWelfare: { code: "social-welfare", name: "社會福利" },
  awareness: { code: "awareness", name: "落實觀念宣導" },
  residenceNaturalisation: { code: "residence-naturalisation", name: "定居歸化國籍" },
  localTax: { code: "local-tax", name: "地方稅節稅宣導" },
  legalFramework: { code: "legal-framework", name: "健全法令制度" },
} as const satisfies Record<string, Category>;

export const CATEGORIES: readonly Category[] = Object.values(CATEGORY);
