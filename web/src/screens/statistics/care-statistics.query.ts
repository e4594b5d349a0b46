import { graphql } from "../../gql";

/**
 * 民政局's statistics for a period (issue #11): the report's own aliases (byCaseType, byUnit,
 * byMonth — shared/report/care-report.query.ts), so shared/report's careReportOf lays the answer
 * out as the download does, plus the on-time steps per district (B12).
 */
export const CONSOLE_CARE_STATISTICS = graphql(`
  query ConsoleCareStatistics($from: LocalDate!, $to: LocalDate!) {
    byCaseType: careStatistics(from: $from, to: $to, groupBy: [CASE_TYPE]) {
      id
      casesRecorded {
        cells {
          caseType
          count
          suppressed
        }
        total {
          count
          suppressed
        }
      }
      casesVisited {
        total {
          count
          suppressed
        }
      }
      socialReferralsReceived {
        total {
          count
          suppressed
        }
      }
      healthReferralsReceived {
        total {
          count
          suppressed
        }
      }
      civilAffairsReferralsReceived {
        total {
          count
          suppressed
        }
      }
      socialReferralOutcomes {
        cells {
          status
          count
          suppressed
        }
      }
      healthReferralOutcomes {
        cells {
          status
          count
          suppressed
        }
      }
      civilAffairsReferralOutcomes {
        cells {
          status
          count
          suppressed
        }
      }
    }
    byUnit: careStatistics(from: $from, to: $to, groupBy: [UNIT]) {
      id
      partnerReferralsReceived {
        cells {
          unit
          count
          suppressed
        }
      }
      partnerReferralOutcomes {
        cells {
          unit
          status
          count
          suppressed
        }
      }
    }
    byMonth: careStatistics(from: $from, to: $to, groupBy: [MONTH]) {
      id
      casesRecorded {
        cells {
          month
          count
          suppressed
        }
      }
      casesVisited {
        cells {
          month
          count
          suppressed
        }
      }
    }
    byDistrict: careStatistics(from: $from, to: $to, groupBy: [DISTRICT]) {
      id
      acknowledgementTimeliness {
        cells {
          area
          outcome
          count
          suppressed
        }
      }
      homeVisitTimeliness {
        cells {
          area
          outcome
          count
          suppressed
        }
      }
      visitRecordTimeliness {
        cells {
          area
          outcome
          count
          suppressed
        }
      }
    }
  }
`);
