// Readers used by the browser tests: every answer a person would give, by question and option id.

/** Someone with no symptoms and good habits; the others change only what makes them who they are. */
export const HEALTHY = {
  age: '25_34',
  diet: 'omnivore',
  intolerances: ['none'],
  circumstances: ['none'],
  food_allergies: ['none'],
  skin_concerns: ['none'],
  bloating: '0',
  abdominal_pain: '0',
  gas: '0',
  reflux: '0',
  loose_stools: '0',
  constipation: '0',
  bowel_change: 'no',
  infections: '0_1',
  allergies: 'none',
  antibiotics: '0',
  fermented: '6_plus',
  prebiotic: '6_plus',
  whole_grains: '3_plus',
  fruit_veg: '6_plus',
  plant_variety: '30_plus',
  water: '7_plus',
  processed: '0_2',
  warn_blood: 'no',
  warn_weight_loss: 'no',
  warn_vomiting: 'no',
  warn_night: 'no',
  warn_swallowing: 'no',
  warn_family: 'no',
};

/** A vegan with IBS and eczema, whose bowel habits changed in the last 2 weeks. */
export const VEGAN_WITH_IBS_AND_ECZEMA = {
  ...HEALTHY,
  diet: 'vegan',
  intolerances: ['ibs'],
  skin_concerns: ['eczema'],
  skin_bother: '2',
  bloating: '5_6',
  abdominal_pain: '3_4',
  gas: '3_4',
  loose_stools: '1_2',
  bowel_change: 'yes_under_3_weeks',
  stool_form: 'type_6',
  infections: '2_3',
  allergies: 'seasonal',
  fermented: 'under_1',
  prebiotic: '1_2',
  whole_grains: '1',
  fruit_veg: '4_5',
  plant_variety: '10_19',
  water: '3_4',
  processed: '3_6',
};

/** An omnivore with acne who eats no fermented food and little fiber. */
export const OMNIVORE_WITH_ACNE = {
  ...HEALTHY,
  age: '35_49',
  skin_concerns: ['acne'],
  skin_bother: '1',
  bloating: '1_2',
  gas: '1_2',
  constipation: '3_4',
  fermented: 'under_1',
  prebiotic: '3_5',
  whole_grains: '0',
  fruit_veg: '2_3',
  plant_variety: 'under_10',
  water: '5_6',
  processed: '7_13',
};

/** Someone in their fifties who has seen blood in their stools. */
export const BLOOD_IN_STOOL = {
  ...HEALTHY,
  age: '50_59',
  warn_blood: 'yes',
  warn_after_50: 'no',
};

/** A vegan with IBS who rarely eats fermented or prebiotic foods. */
export const VEGAN_WITH_IBS = {
  ...HEALTHY,
  diet: 'vegan',
  intolerances: ['ibs'],
  bloating: '3_4',
  gas: '3_4',
  fermented: 'under_1',
  prebiotic: '1_2',
  whole_grains: '1',
  fruit_veg: '2_3',
  plant_variety: '10_19',
  water: '3_4',
};

/** A pregnant vegetarian with coeliac disease and lactose intolerance, low on fiber. */
export const PREGNANT_COELIAC_VEGETARIAN_WITH_LACTOSE_INTOLERANCE = {
  ...HEALTHY,
  age: '25_34',
  diet: 'vegetarian',
  intolerances: ['lactose', 'gluten'],
  circumstances: ['pregnant'],
  skin_concerns: ['dryness'],
  skin_bother: '1',
  constipation: '3_4',
  fermented: '1_2',
  prebiotic: '3_5',
  whole_grains: '0',
  fruit_veg: '2_3',
  plant_variety: 'under_10',
  water: '3_4',
};

/** Someone with histamine intolerance who has been told to limit salt. */
export const HISTAMINE_INTOLERANT_ON_LESS_SALT = {
  ...HEALTHY,
  age: '50_59',
  intolerances: ['histamine'],
  circumstances: ['salt'],
  skin_concerns: ['rosacea'],
  skin_bother: '2',
  fermented: 'under_1',
  prebiotic: '1_2',
  whole_grains: '1',
  fruit_veg: '4_5',
  plant_variety: '10_19',
  water: '0_2',
  processed: '7_13',
  warn_after_50: 'no',
};

/** A pregnant reader with lactose intolerance and dry skin, who seldom eats fermented foods. */
export const PREGNANT_WITH_LACTOSE_INTOLERANCE = {
  ...HEALTHY,
  intolerances: ['lactose'],
  circumstances: ['pregnant'],
  skin_concerns: ['dryness'],
  skin_bother: '1',
  bloating: '1_2',
  fermented: 'under_1',
  prebiotic: '1_2',
  fruit_veg: '2_3',
  plant_variety: '10_19',
};

/** A vegan with coeliac disease and IBS, and acne, low on fiber and fermented foods. */
export const COELIAC_VEGAN_WITH_IBS = {
  ...HEALTHY,
  diet: 'vegan',
  intolerances: ['gluten', 'ibs'],
  skin_concerns: ['acne'],
  skin_bother: '1',
  bloating: '3_4',
  gas: '3_4',
  fermented: 'under_1',
  whole_grains: '0',
  fruit_veg: '2_3',
  plant_variety: 'under_10',
};

/** Someone with black stools, and psoriasis that bothers them very much. */
export const BLACK_STOOLS_AND_PSORIASIS = {
  ...HEALTHY,
  skin_concerns: ['psoriasis'],
  skin_bother: '3',
  warn_blood: 'yes',
};

/** A woman of 55 who has felt bloated every day this week, as she has for years. */
export const BLOATED_EVERY_DAY_AT_55 = {
  ...HEALTHY,
  age: '50_59',
  bloating: '7',
  gas: '3_4',
  fermented: '1_2',
  whole_grains: '1',
  plant_variety: '10_19',
  warn_after_50: 'no',
};

/** Someone who has vomited blood. */
export const VOMITED_BLOOD = {
  ...HEALTHY,
  abdominal_pain: '3_4',
  fermented: '1_2',
  warn_blood: 'yes',
};

/** A vegan allergic to soya and sesame, who seldom eats fermented foods or whole grains. */
export const VEGAN_ALLERGIC_TO_SOYA_AND_SESAME = {
  ...HEALTHY,
  diet: 'vegan',
  food_allergies: ['soya', 'sesame'],
  skin_concerns: ['eczema'],
  skin_bother: '1',
  fermented: 'under_1',
  prebiotic: '1_2',
  whole_grains: '0',
  fruit_veg: '2_3',
  plant_variety: '10_19',
};

/** Someone allergic to milk who is also lactose intolerant, with few fermented foods. */
export const MILK_ALLERGY_AND_LACTOSE_INTOLERANCE = {
  ...HEALTHY,
  intolerances: ['lactose'],
  food_allergies: ['milk'],
  bloating: '3_4',
  fermented: 'under_1',
  prebiotic: '1_2',
  whole_grains: '1',
  plant_variety: '10_19',
};

/** Someone of 65 or over whose bowel habits changed four weeks ago. */
export const BOWEL_CHANGE_AT_65 = {
  ...HEALTHY,
  age: '65_plus',
  constipation: '3_4',
  bowel_change: 'yes',
  stool_form: 'type_2',
  fermented: '1_2',
  whole_grains: '1',
  warn_after_50: 'no',
};
