// Social Inquiry over a try's audited line: the request sent, the answer read into sections and items.
import type { Period } from '../../shared/domain/period';
import type { BcssLine, CallContext } from './gateway';
import {
  buildSocialInquiryRequest,
  readSocialInquiryAnswer,
  SOCIAL_INQUIRY,
  SOCIAL_INQUIRY_REPEATED,
  type SocialInquiryAnswer,
} from './social-inquiry';
import { ANSWER_LIMITS } from './answer-limits';
import { callSoap } from './soap';

export async function askSocialInquiry(
  line: BcssLine,
  context: CallContext,
  criteria: { ssin: string; period: Period },
): Promise<SocialInquiryAnswer> {
  const answer = await callSoap(line.channel, {
    url: line.serviceUrls.socialInquiry,
    soapAction: SOCIAL_INQUIRY.soapAction,
    payload: buildSocialInquiryRequest({
      ticket: context.ticket,
      sentAt: context.sentAt,
      cbe: line.cbe,
      ssin: criteria.ssin,
      period: criteria.period,
    }),
    answerNamespace: SOCIAL_INQUIRY.intfNamespace,
    answerElement: SOCIAL_INQUIRY.answerElement,
    limits: ANSWER_LIMITS.SocialInquiry,
    repeated: SOCIAL_INQUIRY_REPEATED,
    signal: context.signal,
    headers: line.headers,
  });
  return readSocialInquiryAnswer(answer);
}
